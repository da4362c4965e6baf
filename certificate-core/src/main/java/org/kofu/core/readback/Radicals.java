package org.kofu.core.readback;

import java.util.HashMap;
import java.util.Map;

/**
 * The ideographs a PDF's text layer may give as radicals. A font that draws a CJK radical and an
 * ideograph with one glyph (IPAex明朝 and Noto Serif CJK JP do, for ⻄ and 西, ⽒ and 氏 ...) lets a PDF
 * writer that builds the ToUnicode map from the font's cmap (PDFBox does: the existing system's
 * stand-in) give the radical, the lowest code point, for the ideograph printed. NFKC takes the
 * Kangxi radicals (U+2F00–U+2FDF) back, but not the CJK Radicals Supplement (U+2E80–U+2EFF): this
 * maps those, as the two fonts' cmaps pair them. ⼾ and ⿊ stand for 戸 or 戶, 黒 or 黑 depending on the
 * font (NFKC gives 戶 and 黑), so each pair is read as one character.
 */
final class Radicals {

  /** Pairs: a CJK Radicals Supplement character, then the ideograph the fonts draw it as. */
  private static final String SUPPLEMENT =
      "⺂乛⺃乚⺅亻⺇𠘨⺉刂⺋㔾⺍𭕄⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺖忄⺗㣺⺘扌⺙攵⺛旡⺞歺⺟母⺠民⺡氵⺣灬⺤爫"
          + "⺦丬⺨犭⺩𤣩⺪𤴔⺫罒⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻇𧢲"
          + "⻈讠⻉贝⻊𧾷⻋车⻌辶⻍辶⻏阝⻐钅⻑長⻒镸⻓长⻕𨸏⻖阝⻘青⻙韦⻚页⻛风⻜飞⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻤鬼"
          + "⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻲亀⻳龟";

  private static final Map<Integer, Integer> IDEOGRAPHS = ideographs();

  private Radicals() {}

  /** {@code value} (after NFKC) with each radical as its ideograph, 戶 as 戸 and 黑 as 黒. */
  static String ideographs(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().forEach(c -> out.appendCodePoint(IDEOGRAPHS.getOrDefault(c, c)));
    return out.toString();
  }

  private static Map<Integer, Integer> ideographs() {
    Map<Integer, Integer> map = new HashMap<>();
    int[] points = SUPPLEMENT.codePoints().toArray();
    for (int i = 0; i + 1 < points.length; i += 2) {
      map.put(points[i], points[i + 1]);
    }
    map.put((int) '戶', (int) '戸');
    map.put((int) '黑', (int) '黒');
    return Map.copyOf(map);
  }
}
