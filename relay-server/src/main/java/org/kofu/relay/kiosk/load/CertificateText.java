package org.kofu.relay.kiosk.load;

import java.io.IOException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a certificate as PDFBox extracts it, normalised for comparison: NFKC, no white space,
 * no variation selectors.
 */
final class CertificateText {

  private static final Pattern IGNORED =
      Pattern.compile("[\\s\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]");

  private final String text;

  private CertificateText(String text) {
    this.text = text;
  }

  static CertificateText of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new CertificateText(normal(new PDFTextStripper().getText(document)));
    }
  }

  static String normal(String value) {
    return IGNORED.matcher(Normalizer.normalize(value, Normalizer.Form.NFKC)).replaceAll("");
  }

  /**
   * Whether {@code printed} appears. A character followed by a variation selector in the source
   * data may come out of the PDF as itself or as the private-use code point the MJ supplement draws
   * it with, so it matches any one character.
   */
  boolean shows(String printed) {
    if (printed == null || printed.isBlank()) {
      return true;
    }
    String value = Normalizer.normalize(printed, Normalizer.Form.NFKC);
    if (value.codePoints().anyMatch(CertificateText::selector)) {
      return Pattern.compile(pattern(value)).matcher(text).find();
    }
    return text.contains(normal(value));
  }

  private static String pattern(String value) {
    StringBuilder regex = new StringBuilder();
    int[] points = value.codePoints().toArray();
    for (int i = 0; i < points.length; i++) {
      if (Character.isWhitespace(points[i]) || selector(points[i])) {
        continue;
      }
      boolean varied = i + 1 < points.length && selector(points[i + 1]);
      regex.append(varied ? "." : Pattern.quote(new String(Character.toChars(points[i]))));
    }
    return regex.toString();
  }

  private static boolean selector(int point) {
    return (point >= 0xFE00 && point <= 0xFE0F) || (point >= 0xE0100 && point <= 0xE01EF);
  }

  String text() {
    return text;
  }
}
