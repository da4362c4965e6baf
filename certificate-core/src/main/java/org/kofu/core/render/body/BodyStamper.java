package org.kofu.core.render.body;

import java.time.LocalDate;
import org.kofu.core.render.body.StampSites.Site;
import org.kofu.wareki.Wareki;

/**
 * Writes the issue date (証明日) and the certificate number (発行番号) into a copy of a rendered body:
 * same-length replacement of glyph ids, then the Adler-32 fix of each touched stream. A few
 * microseconds per page; the body itself is never changed.
 */
public final class BodyStamper {

  private static final int ADLER_MOD = 65521;

  /**
   * @param certificateNumber 20 characters of {@code [0-9A-Z-]}, see {@link CertificateNumber}
   */
  public byte[] stamp(RenderedBody body, LocalDate issueDate, String certificateNumber) {
    if (!CertificateNumber.isValid(certificateNumber)) {
      throw new IllegalArgumentException("certificate number must match [0-9A-Z-]{20}");
    }
    String date = Wareki.format(issueDate);
    if (date.length() > Placeholders.DATE.length() || !date.startsWith("令和")) {
      throw new IllegalArgumentException("issue date outside what the font reserve holds");
    }
    StampSites sites = body.stampSites();
    byte[] pdf = body.pdf().clone();
    byte[] number = BodyInspector.glyphBytes(certificateNumber, sites.glyphIds());
    for (Site site : sites.numbers()) {
      write(pdf, site, number);
    }
    write(pdf, sites.date(), BodyInspector.glyphBytes(pad(date), sites.glyphIds()));
    write(pdf, sites.reserve(), BodyInspector.glyphBytes(blank(), sites.glyphIds()));
    return pdf;
  }

  private static void write(byte[] pdf, Site site, byte[] glyphs) {
    int at = site.adlerOffset();
    long adler =
        (pdf[at] & 0xFFL) << 24
            | (pdf[at + 1] & 0xFF) << 16
            | (pdf[at + 2] & 0xFF) << 8
            | (pdf[at + 3] & 0xFF);
    long a = adler & 0xFFFF;
    long b = adler >>> 16;
    int[] offsets = site.offsets();
    for (int i = 0; i < offsets.length; i++) {
      int delta = (glyphs[i] & 0xFF) - (pdf[offsets[i]] & 0xFF);
      if (delta != 0) {
        pdf[offsets[i]] = glyphs[i];
        a = Math.floorMod(a + delta, ADLER_MOD);
        b = Math.floorMod(b + (long) site.weights()[i] * delta, ADLER_MOD);
      }
    }
    long fixed = b << 16 | a;
    pdf[at] = (byte) (fixed >>> 24);
    pdf[at + 1] = (byte) (fixed >>> 16);
    pdf[at + 2] = (byte) (fixed >>> 8);
    pdf[at + 3] = (byte) fixed;
  }

  private static String pad(String date) {
    return date + " ".repeat(Placeholders.DATE.length() - date.length());
  }

  private static String blank() {
    return " ".repeat(Placeholders.RESERVE.length());
  }
}
