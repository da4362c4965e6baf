package org.kofu.core.render.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.render.font.GlyphCoverage;

/** The rows of a certificate's page, from the layout of its family. */
public final class CertificateLayouts {

  private CertificateLayouts() {}

  public static List<Row> rows(
      CertificateContent content, boolean myNumberEnabled, GlyphCoverage coverage) {
    return write(content, myNumberEnabled, coverage::prepare, true);
  }

  /**
   * A text the certificate prints, as stored, and where it comes from.
   *
   * @param source the record and field, as a refusal names them, e.g. {@code madoguchi.jumin:123
   *     shimei} or {@code koseki.kojin:45/2 father}
   */
  public record PrintedText(String text, String source) {}

  /**
   * Every text of the content the certificate prints, as stored (no glyph check), with its record
   * and field: the fields its type and options print and no other, so that what is not printed can
   * neither refuse a certificate nor make it stale.
   */
  public static List<PrintedText> printedTexts(
      CertificateContent content, boolean myNumberEnabled) {
    List<PrintedText> texts = new ArrayList<>();
    write(
        content,
        myNumberEnabled,
        (text, source) -> {
          if (text != null) {
            texts.add(new PrintedText(text, source));
          }
          return text;
        },
        false);
    return texts;
  }

  private static List<Row> write(
      CertificateContent content,
      boolean myNumberEnabled,
      BinaryOperator<String> coverage,
      boolean images) {
    Rows rows = new Rows(coverage, images);
    if (content instanceof CertificateContent.Residents r) {
      ResidentLayout.write(r, myNumberEnabled, rows);
    } else if (content instanceof CertificateContent.Seal s) {
      SealLayout.write(s, rows);
    } else if (content instanceof CertificateContent.Register r) {
      RegisterLayout.write(r, rows);
    } else if (content instanceof CertificateContent.Fuhyo f) {
      FuhyoLayout.write(f, rows);
    } else if (content instanceof CertificateContent.Tax t) {
      TaxLayout.write(t, rows);
    }
    return rows.build();
  }
}
