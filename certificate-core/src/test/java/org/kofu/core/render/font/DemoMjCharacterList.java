package org.kofu.core.render.font;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives the demo data's list of MJ characters beyond JIS X 0213 from IPAmj明朝 ({@code
 * demo-data/src/main/resources/org/kofu/demodata/generate/mj-characters.txt}): evenly spaced code
 * points of each CJK block that IPAmj draws and neither JIS X 0213 nor the Mincho fonts hold, some
 * Moji_Joho variation sequences of JIS X 0208 characters, and glyphs with no Unicode at all.
 * Deterministic; run from the repository root: {@code java -cp ... DemoMjCharacterList}.
 */
public final class DemoMjCharacterList {

  static final String RESOURCE = "org/kofu/demodata/generate/mj-characters.txt";

  private static final int[][] BLOCKS = {
    {0x3400, 0x4DBF, 70}, // CJK Ext. A
    {0x4E00, 0x9FFF, 70}, // URO beyond JIS X 0213
    {0x20000, 0x2A6DF, 70}, // Ext. B
    {0x2A700, 0x2B73F, 15}, // Ext. C
    {0x2B740, 0x2B81F, 10}, // Ext. D
    {0x2B820, 0x2CEAF, 15}, // Ext. E
    {0x2CEB0, 0x2EBEF, 10}, // Ext. F
  };
  private static final int SEQUENCES = 20;
  private static final int WITHOUT_UNICODE = 8;

  private DemoMjCharacterList() {}

  /** Whether JIS X 0213 (either plane) holds {@code text}. */
  static boolean inJisX0213(String text) {
    CharsetEncoder sjis0213 = Charset.forName("x-SJIS_0213").newEncoder();
    return sjis0213.canEncode(text);
  }

  static List<String> lines(MjFont mj, FontCatalog mincho) {
    int[] mjNumberOf = new int[mj.glyphCount()];
    java.util.Arrays.fill(mjNumberOf, -1);
    for (int n = 0; n < 100_000; n++) {
      int g = mj.glyphOfMj(n);
      if (g > 0) {
        mjNumberOf[g] = n;
      }
    }
    List<String> out = new ArrayList<>();
    for (int[] block : BLOCKS) {
      List<Integer> candidates = new ArrayList<>();
      for (int cp = block[0]; cp <= block[1]; cp++) {
        int g = mj.glyph(cp, 0);
        if (g > 0
            && mjNumberOf[g] >= 0
            && !mincho.mainDraws(cp)
            && !mincho.extDraws(cp)
            && !inJisX0213(Character.toString(cp))) {
          candidates.add(cp);
        }
      }
      for (int i = 0; i < block[2]; i++) {
        int cp = candidates.get(i * candidates.size() / block[2]);
        out.add(line(mjNumberOf[mj.glyph(cp, 0)], "U+%04X".formatted(cp)));
      }
    }
    TreeMap<Long, Integer> variants = new TreeMap<>();
    for (Map.Entry<Long, Integer> e : mj.sequences().entrySet()) {
      int base = (int) (e.getKey() >>> 32);
      int g = e.getValue();
      if (g != mj.glyph(base, 0)
          && mjNumberOf[g] >= 0
          && mincho.mainDraws(base)
          && Character.isIdeographic(base)) {
        variants.put(e.getKey(), g);
      }
    }
    List<Long> keys = new ArrayList<>(variants.keySet());
    for (int i = 0; i < SEQUENCES; i++) {
      long key = keys.get(i * keys.size() / SEQUENCES);
      out.add(
          line(
              mjNumberOf[variants.get(key)],
              "U+%04X U+%04X".formatted(key >>> 32, key & 0xFFFFFFFFL)));
    }
    List<Integer> unnamed = new ArrayList<>();
    for (int g = 1; g < mj.glyphCount(); g++) {
      if (mjNumberOf[g] >= 0 && mj.textOf(g) < 0) {
        unnamed.add(mjNumberOf[g]);
      }
    }
    java.util.Collections.sort(unnamed);
    for (int i = 0; i < WITHOUT_UNICODE; i++) {
      out.add(line(unnamed.get(i * unnamed.size() / WITHOUT_UNICODE), "-"));
    }
    return out;
  }

  private static String line(int mjNumber, String unicode) {
    return "MJ%06d\t%s".formatted(mjNumber, unicode);
  }

  public static void main(String[] args) throws IOException {
    List<String> all = new ArrayList<>();
    all.add("# MJ文字図形名 and its Unicode (a variation sequence, or - for none), derived from");
    all.add("# IPAmj明朝 by certificate-core's DemoMjCharacterList: none of them is in JIS X 0213");
    all.add(
        "# (a sequence's base is, its MJ glyph is not the base's); checked by DemoMjCharactersTests.");
    all.addAll(lines(MjFont.shared(), FontCatalog.shared()));
    Path out = Path.of(args.length > 0 ? args[0] : "demo-data/src/main/resources/" + RESOURCE);
    Files.write(out, all, StandardCharsets.UTF_8);
  }
}
