package org.kofu.core.render.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole IPAmj明朝 (文字情報基盤: 59,161 MJ glyphs, 11,474 variation sequences), from the file the
 * Debian package {@code fonts-ipamj-mincho} installs (or the path in system property {@value
 * #PROPERTY} or environment variable {@code KOFU_IPAMJ_FONT}): its small tables read once per
 * process (about 1.3 MB), its glyphs read from the file as subsets need them ({@link FontFile}). A
 * certificate embeds a subset made for it ({@link #subset}), so a character that appears in the
 * data tomorrow prints tomorrow, without a font build.
 */
public final class MjFont {

  private static final Logger log = LoggerFactory.getLogger(MjFont.class);

  public static final String PROPERTY = "kofu.fonts.ipamj";
  public static final String DEFAULT_PATH = "/usr/share/fonts/truetype/ipamj/ipamjm.ttf";

  // what a per-document subset keeps: no hinting, layout or vertical tables (the PDF uses none)
  private static final List<String> SUBSET_TABLES =
      List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "post", "OS/2");

  /** What a per-document subset is called (the IPA Font License wants a derived font renamed). */
  public static final String SUBSET_NAME = "Kofu MJ";

  private static final int RECENT = 1024;

  private final Map<String, byte[]> recent =
      new java.util.LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > RECENT;
        }
      };
  // the font's small tables, without its glyphs
  private final byte[] bytes;
  private final GlyphSubset glyphs;
  private final int[] glyphOf;
  private final Map<Long, Integer> sequences;
  private final int[] byMjNumber;
  private final int[] textOf;

  // what FontBox reads: its parser reads every table it knows, and IPAmj's GSUB alone takes seconds
  private static final List<String> READ_TABLES =
      List.of("head", "hhea", "loca", "maxp", "glyf", "hmtx", "post", "OS/2", "cmap", "name");

  private MjFont(FontFile file) throws IOException {
    bytes = file.skeleton(READ_TABLES);
    // FontBox's parser keeps a copy of what it parses: read what is needed, then let it go
    TrueTypeFont ttf = parse(bytes);
    glyphs = new GlyphSubset(bytes, file, ttf, SfntTables.name(SUBSET_NAME));
    CmapLookup cmap = ttf.getUnicodeCmapLookup();
    glyphOf = new int[0x40000];
    for (int cp = 0x20; cp < glyphOf.length; cp++) {
      glyphOf[cp] = cmap.getGlyphId(cp);
    }
    sequences =
        VariationSequences.read(
            ttf.getTableBytes(ttf.getTableMap().get("cmap")),
            cp -> glyph(cp, 0) < 0 ? 0 : glyphOf[cp]);
    textOf = new int[ttf.getNumberOfGlyphs()];
    Arrays.fill(textOf, -1);
    byMjNumber =
        SfntTables.mjGlyphs(ttf.getTableBytes(ttf.getTableMap().get("post")), textOf.length);
    ttf.close();
    for (int cp = 0x20; cp < glyphOf.length; cp++) {
      int gid = glyphOf[cp];
      // a compatibility ideograph shares its glyph with the unified one, which the text layer wants
      if (gid > 0 && (textOf[gid] < 0 || isCompatibility(textOf[gid]))) {
        textOf[gid] = cp;
      }
    }
    sequences.forEach(
        (sequence, gid) -> {
          if (textOf[gid] < 0) {
            textOf[gid] = (int) (sequence >>> 32);
          }
        });
  }

  private static TrueTypeFont parse(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font));
  }

  /**
   * The process's IPAmj明朝, read on first use: by the first text that needs one of its glyphs, on
   * the thread that asks, while every other thread that asks waits for that one read.
   */
  public static MjFont shared() {
    MjFont font = shared;
    if (font == null) {
      synchronized (MjFont.class) {
        font = shared;
        if (font == null) {
          // a failed read (a missing file, an interrupted thread) is the caller's; the next tries
          // again
          font = load(location());
          shared = font;
        }
      }
    }
    return font;
  }

  private static volatile MjFont shared;

  /**
   * Whether this process has read IPAmj明朝: a process that has printed no MJ glyph should not have
   * (issue 22's memory target).
   */
  public static boolean isLoaded() {
    return shared != null;
  }

  static Path location() {
    String configured = System.getProperty(PROPERTY, System.getenv("KOFU_IPAMJ_FONT"));
    return Path.of(configured == null || configured.isBlank() ? DEFAULT_PATH : configured);
  }

  static MjFont load(Path path) {
    if (!Files.isReadable(path)) {
      throw new IllegalStateException(
          "IPAmj明朝 not found at "
              + path
              + ": install the Debian package fonts-ipamj-mincho or set -D"
              + PROPERTY);
    }
    long start = System.nanoTime();
    try {
      MjFont font = new MjFont(new FontFile(path));
      log.info("IPAmj明朝 read from {} in {} ms", path, (System.nanoTime() - start) / 1_000_000);
      // who needed it first: a process that prints no MJ glyph should never get here
      log.debug("IPAmj明朝 first needed by", new Throwable("the first use of IPAmj明朝"));
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
  }

  /** The glyph of {@code base} followed by {@code selector} (0: none), or -1. */
  public int glyph(int base, int selector) {
    if (selector == 0) {
      int gid = base >= 0 && base < glyphOf.length ? glyphOf[base] : 0;
      return gid > 0 ? gid : -1;
    }
    return sequences.getOrDefault(VariationSequences.key(base, selector), -1);
  }

  /** The glyph named by MJ文字図形名 {@code MJnnnnnn} (its number), or -1. */
  public int glyphOfMj(int number) {
    return number >= 0 && number < byMjNumber.length ? byMjNumber[number] : -1;
  }

  /** The Unicode character a glyph stands for in a text layer (a variant's base), or -1. */
  public int textOf(int glyph) {
    return glyph >= 0 && glyph < textOf.length ? textOf[glyph] : -1;
  }

  /** The variation sequences, {@code base << 32 | selector} to glyph id (read-only). */
  public Map<Long, Integer> sequences() {
    return java.util.Collections.unmodifiableMap(sequences);
  }

  public int glyphCount() {
    return textOf.length;
  }

  /**
   * A TrueType font with only the glyphs of {@code shown} (code point to this font's glyph id),
   * whose cmap maps each code point to its glyph, made on the calling thread (FontBox, whose shared
   * cursor allows one at a time, only for composite glyphs). The last {@value #RECENT} subsets are
   * kept: a person's certificates (the batch renders every type of a person in a row) ask for the
   * same one, and making it is about 2 ms.
   */
  public byte[] subset(SortedMap<Integer, Integer> shown) {
    String key = shown.toString();
    byte[] kept;
    synchronized (recent) {
      kept = recent.get(key);
    }
    if (kept == null) {
      kept = glyphs.of(shown);
      if (kept == null) {
        kept = fromFontBox(shown);
      }
      synchronized (recent) {
        recent.put(key, kept);
      }
    }
    return kept;
  }

  /**
   * A subset with a composite glyph: FontBox's subsetter on a font of the glyphs it needs, parsed
   * for it (rare, and the subset is kept).
   */
  private byte[] fromFontBox(SortedMap<Integer, Integer> shown) {
    try (TrueTypeFont ttf = parse(glyphs.withOnly(new HashSet<>(shown.values())))) {
      TTFSubsetter subsetter = new TTFSubsetter(ttf, SUBSET_TABLES);
      subsetter.addGlyphIds(new HashSet<>(shown.values()));
      Map<Integer, Integer> renumbered = new HashMap<>();
      subsetter.getGIDMap().forEach((now, was) -> renumbered.put(was, now));
      SortedMap<Integer, Integer> cmapOfSubset = new TreeMap<>();
      shown.forEach((cp, gid) -> cmapOfSubset.put(cp, renumbered.get(gid)));
      ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
      subsetter.writeToStream(out);
      return SfntTables.replace(
          out.toByteArray(),
          Map.of("cmap", SfntTables.cmap(cmapOfSubset), "name", SfntTables.name(SUBSET_NAME)));
    } catch (IOException e) {
      throw new UncheckedIOException("subsetting IPAmj明朝", e);
    }
  }

  private static boolean isCompatibility(int cp) {
    return (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }
}
