package org.kofu.core.readback;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a certificate as PDFBox extracts it, normalised for comparison: NFKC, radicals as the
 * ideographs they stand for ({@link Radicals}), no white space, no variation selectors; as a whole
 * and line by line (each printed row is one line: its label, then its value).
 */
public final class CertificateText {

  private static final Pattern IGNORED =
      Pattern.compile("[\\s\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]");

  /**
   * The labels a 世帯連記式 住民票 prints two to a line (after a line's first label, the start of another
   * field): longest first, so that 在留期間の満了の日 is not read as 在留期間.
   */
  private static final Pattern PAIRED_LABEL =
      Pattern.compile(
          "住民となった年月日|住所を定めた年月日|在留期間の満了の日|国籍・地域|生年月日|フリガナ|在留期間|在留資格"
              + "|個人番号|筆頭者|届出日|氏名|旧氏|通称|性別|続柄");

  private final String text;
  private final List<String> lines;

  private CertificateText(String text, List<String> lines) {
    this.text = text;
    this.lines = lines;
  }

  public static CertificateText of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String raw = new PDFTextStripper().getText(document);
      List<String> lines = new ArrayList<>();
      for (String line : raw.split("\\R")) {
        String normal = normal(line);
        if (!normal.isEmpty()) {
          lines.addAll(fields(normal));
        }
      }
      return new CertificateText(normal(raw), List.copyOf(lines));
    }
  }

  /**
   * A line as its fields: a line that starts with a label a 世帯連記式 住民票 pairs is split before each
   * such label, so that each field reads as a line of its own (label, then value).
   */
  public static List<String> fields(String line) {
    java.util.regex.Matcher m = PAIRED_LABEL.matcher(line);
    if (!m.lookingAt()) {
      return List.of(line);
    }
    List<String> fields = new ArrayList<>();
    int start = 0;
    int from = m.end();
    while (m.find(from)) {
      fields.add(line.substring(start, m.start()));
      start = m.start();
      from = m.end();
    }
    fields.add(line.substring(start));
    return fields;
  }

  /** The printed lines, normalised, without empty ones. */
  public List<String> lines() {
    return lines;
  }

  /** The first line: the certificate's title. */
  public String title() {
    return lines.isEmpty() ? "" : lines.get(0);
  }

  /** Whether a line starts with {@code label}. */
  public boolean hasLabel(String label) {
    return lines.stream().anyMatch(l -> l.startsWith(label));
  }

  /** The values of the lines labelled {@code label}, in order. */
  public List<String> values(String label) {
    return values(lines, label);
  }

  public static List<String> values(List<String> lines, String label) {
    return lines.stream()
        .filter(l -> l.startsWith(label))
        .map(l -> l.substring(label.length()))
        .toList();
  }

  /**
   * Whether a printed (normalised) value is {@code expected} as the database holds it, with a
   * character followed by a variation selector matching any one character (as in {@link #shows}).
   */
  public static boolean same(String expected, String printed) {
    if (expected == null) {
      return false;
    }
    String value = nfkc(expected);
    if (value.codePoints().anyMatch(CertificateText::selector)) {
      return Pattern.compile(pattern(value)).matcher(printed).matches();
    }
    return normal(value).equals(printed);
  }

  public static String normal(String value) {
    return IGNORED.matcher(nfkc(value)).replaceAll("");
  }

  /**
   * NFKC, with the radicals a text layer may give for ideographs read as those ({@link Radicals}).
   */
  private static String nfkc(String value) {
    return Radicals.ideographs(Normalizer.normalize(value, Normalizer.Form.NFKC));
  }

  /**
   * Whether {@code printed} appears. A character followed by a variation selector in the source
   * data may come out of the PDF as itself or as the private-use code point the MJ supplement draws
   * it with, so it matches any one character.
   */
  public boolean shows(String printed) {
    if (printed == null || printed.isBlank()) {
      return true;
    }
    String value = nfkc(printed);
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

  public String text() {
    return text;
  }
}
