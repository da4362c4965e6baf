package org.kofu.core.render.layout;

import java.util.List;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.render.font.GlyphCoverage;

/** The rows of a certificate's page, from the layout of its family. */
public final class CertificateLayouts {

  private CertificateLayouts() {}

  public static List<Row> rows(
      CertificateContent content, boolean myNumberEnabled, GlyphCoverage coverage) {
    Rows rows = new Rows(coverage);
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
