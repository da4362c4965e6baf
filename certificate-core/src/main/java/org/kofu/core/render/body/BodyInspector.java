package org.kofu.core.render.body;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kofu.core.render.body.StampSites.Site;

/**
 * Finds the placeholders of a freshly exported body and checks that it is stampable: the 発行番号
 * exactly once in each page's content stream, the 証明日 and the glyph reserve exactly once.
 */
public final class BodyInspector {

  private static final byte[] STREAM = "stream\n".getBytes(StandardCharsets.US_ASCII);
  private static final int ADLER_MOD = 65521;

  private BodyInspector() {}

  public static StampSites locate(byte[] pdf, int[] glyphIds, int pageCount) {
    byte[] number = glyphBytes(Placeholders.NUMBER, glyphIds);
    byte[] date = glyphBytes(Placeholders.DATE, glyphIds);
    byte[] reserve = glyphBytes(Placeholders.RESERVE, glyphIds);
    List<Site> numbers = new ArrayList<>();
    List<Site> dates = new ArrayList<>();
    List<Site> reserves = new ArrayList<>();
    int contents = 0;
    // Page contents come first, before the shared objects (fonts, maps), and images are JPEG: in a
    // served body the contents are the only stored streams, in one rendered for the cache the
    // first ones.
    for (int at = indexOf(pdf, STREAM, 0);
        at >= 0 && contents < pageCount;
        at = indexOf(pdf, STREAM, at + 1)) {
      if (at > 0 && pdf[at - 1] == 'd') {
        continue;
      }
      StoredStream stream = StoredStream.parse(pdf, at + STREAM.length);
      if (stream == null) {
        continue;
      }
      contents++;
      List<Site> found = find(stream, number);
      if (found.size() > 1) {
        throw new IllegalStateException("a page holds the 発行番号 placeholder " + found.size() + "x");
      }
      numbers.addAll(found);
      dates.addAll(find(stream, date));
      reserves.addAll(find(stream, reserve));
    }
    if (numbers.size() != pageCount || dates.size() != 1 || reserves.size() != 1) {
      throw new IllegalStateException(
          "body not stampable: %d pages, %d number, %d date, %d reserve placeholders"
              .formatted(pageCount, numbers.size(), dates.size(), reserves.size()));
    }
    return new StampSites(glyphIds, List.copyOf(numbers), dates.get(0), reserves.get(0));
  }

  static byte[] glyphBytes(String text, int[] glyphIds) {
    byte[] out = new byte[text.length() * 2];
    for (int i = 0; i < text.length(); i++) {
      int gid = glyphIds[Placeholders.GLYPHS.indexOf(text.charAt(i))];
      out[2 * i] = (byte) (gid >> 8);
      out[2 * i + 1] = (byte) gid;
    }
    return out;
  }

  private static List<Site> find(StoredStream stream, byte[] pattern) {
    List<Site> sites = new ArrayList<>();
    byte[] data = stream.data();
    for (int at = indexOf(data, pattern, 0); at >= 0; at = indexOf(data, pattern, at + 1)) {
      int[] offsets = new int[pattern.length];
      int[] weights = new int[pattern.length];
      for (int i = 0; i < pattern.length; i++) {
        offsets[i] = stream.fileOffsets()[at + i];
        weights[i] = (data.length - (at + i)) % ADLER_MOD;
      }
      sites.add(new Site(offsets, weights, stream.adlerOffset()));
    }
    return sites;
  }

  static int indexOf(byte[] data, byte[] pattern, int from) {
    return PdfSyntax.indexIn(data, pattern, from, data.length);
  }
}
