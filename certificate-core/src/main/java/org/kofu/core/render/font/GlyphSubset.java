package org.kofu.core.render.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * A subset of a few simple glyphs, copied by their {@code loca} offsets: FontBox's subsetter
 * streams through the 46 MB font for each one (about 2 ms a document), this copies a few hundred
 * bytes. A composite glyph (its components would need renumbering) is left to FontBox: {@link #of}
 * answers null.
 */
final class GlyphSubset {

  // the font's small tables (no glyphs): the tables a subset copies come from here
  private final byte[] font;
  // the glyphs, read from the file as a subset needs them
  private final FontFile file;
  // offset and length by tag: FontBox's table objects hold its parsed data and its copy of the font
  private final Map<String, long[]> tables = new HashMap<>();
  private final long[] loca;
  private final short[] advances;
  private final short[] leftSideBearings;
  private final byte[] name;
  // the post table's header as format 3 (no glyph names): IPAmj's names take 670 KB
  private final byte[] post;

  /**
   * Reads what it needs of {@code ttf} (parsed from {@code font}, the file's tables without its
   * glyphs) once: afterwards {@link #of} never touches FontBox.
   */
  GlyphSubset(byte[] font, FontFile file, TrueTypeFont ttf, byte[] name) throws IOException {
    this.font = font;
    this.file = file;
    for (TTFTable t : ttf.getTableMap().values()) {
      tables.put(t.getTag(), new long[] {t.getOffset(), t.getLength()});
    }
    this.loca = ttf.getIndexToLocation().getOffsets();
    this.name = name;
    long[] p = tables.get("post");
    post = Arrays.copyOfRange(font, (int) p[0], (int) p[0] + 32);
    ByteBuffer.wrap(post).putInt(0, 0x00030000);
    int n = ttf.getNumberOfGlyphs();
    advances = new short[n];
    leftSideBearings = new short[n];
    var metrics = ttf.getHorizontalMetrics();
    for (int g = 0; g < n; g++) {
      advances[g] = (short) metrics.getAdvanceWidth(g);
      leftSideBearings[g] = (short) metrics.getLeftSideBearing(g);
    }
  }

  /**
   * The subset drawing {@code shown} (code point to glyph id), or null for a composite glyph. Safe
   * on any number of threads: it only reads arrays filled once.
   */
  byte[] of(SortedMap<Integer, Integer> shown) {
    TreeSet<Integer> old = new TreeSet<>(shown.values());
    old.add(0);
    int[] order = old.stream().mapToInt(Integer::intValue).toArray();
    Map<Integer, Integer> renumbered = new HashMap<>();
    byte[][] data = new byte[order.length][];
    int size = 0;
    for (int i = 0; i < order.length; i++) {
      int g = order[i];
      data[i] = glyph(g);
      if (data[i].length > 0 && ByteBuffer.wrap(data[i]).getShort(0) < 0) {
        return null;
      }
      renumbered.put(g, i);
      size += (data[i].length + 3) & ~3;
    }
    ByteBuffer glyphs = ByteBuffer.allocate(size);
    ByteBuffer offsets = ByteBuffer.allocate((order.length + 1) * 4);
    ByteBuffer metrics = ByteBuffer.allocate(order.length * 4);
    for (int i = 0; i < order.length; i++) {
      int g = order[i];
      offsets.putInt(glyphs.position());
      glyphs.put(data[i]);
      glyphs.position((glyphs.position() + 3) & ~3);
      metrics.putShort(advances[g]);
      metrics.putShort(leftSideBearings[g]);
    }
    offsets.putInt(glyphs.position());
    SortedMap<String, byte[]> out = new TreeMap<>();
    out.put("glyf", glyphs.array());
    out.put("loca", offsets.array());
    out.put("hmtx", metrics.array());
    out.put("head", copy("head", 50, (short) 1, 8, 0));
    out.put("hhea", copy("hhea", 34, (short) order.length, -1, 0));
    out.put("maxp", copy("maxp", 4, (short) order.length, -1, 0));
    out.put("OS/2", copy("OS/2", -1, (short) 0, -1, 0));
    out.put("post", post.clone());
    SortedMap<Integer, Integer> cmap = new TreeMap<>();
    shown.forEach((cp, g) -> cmap.put(cp, renumbered.get(g)));
    out.put("cmap", SfntTables.cmap(cmap));
    out.put("name", name);
    return SfntTables.write(out);
  }

  /** The bytes of glyph {@code g}, read from the file (none for an empty glyph). */
  byte[] glyph(int g) {
    int length = (int) (loca[g + 1] - loca[g]);
    return length == 0 ? new byte[0] : file.glyph(loca[g], length);
  }

  /**
   * The font's small tables with a {@code glyf} (and a long {@code loca}) that hold only {@code
   * wanted} and the glyphs they are made of, under their own ids: what FontBox's subsetter needs
   * for a composite glyph, without the whole 45 MB {@code glyf}.
   */
  byte[] withOnly(java.util.Set<Integer> wanted) {
    TreeMap<Integer, byte[]> kept = new TreeMap<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(wanted);
    todo.add(0);
    while (!todo.isEmpty()) {
      int g = todo.pop();
      if (g >= 0 && g < loca.length - 1 && !kept.containsKey(g)) {
        byte[] data = glyph(g);
        kept.put(g, data);
        todo.addAll(CompositeGlyphs.components(data));
      }
    }
    int size = kept.values().stream().mapToInt(d -> (d.length + 3) & ~3).sum();
    ByteBuffer glyphs = ByteBuffer.allocate(size);
    ByteBuffer offsets = ByteBuffer.allocate(loca.length * 4);
    for (int g = 0; g < loca.length - 1; g++) {
      offsets.putInt(glyphs.position());
      byte[] data = kept.get(g);
      if (data != null) {
        glyphs.put(data);
        glyphs.position((glyphs.position() + 3) & ~3);
      }
    }
    offsets.putInt(glyphs.position());
    return SfntTables.replace(
        font,
        Map.of(
            "glyf", glyphs.array(),
            "loca", offsets.array(),
            "head", copy("head", 50, (short) 1, -1, 0)));
  }

  /** Table {@code tag} with a uint16 set at {@code at} and a uint32 set at {@code at32}. */
  private byte[] copy(String tag, int at, short value, int at32, int value32) {
    long[] t = tables.get(tag);
    byte[] b = Arrays.copyOfRange(font, (int) t[0], (int) (t[0] + t[1]));
    ByteBuffer buffer = ByteBuffer.wrap(b);
    if (at >= 0) {
      buffer.putShort(at, value);
    }
    if (at32 >= 0) {
      buffer.putInt(at32, value32);
    }
    return b;
  }
}
