package org.kofu.core.existing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;

/** Foreign bodies as another system would make them: PDFBox, its own layout, IPAex from Debian. */
final class ForeignPdfs {

  static final File IPAEX = new File("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf");
  static final CertificateSubject SUBJECT =
      new CertificateSubject(
          new PersonRef.Resident(123), CertificateType.JUMINHYO, CertificateOptions.defaults());
  static final Map<String, Long> VERSIONS =
      Map.of("madoguchi.jumin:123", 7L, "madoguchi.setai:55", 2L);

  private ForeignPdfs() {}

  static ForeignBody body(int pages, PDRectangle size, boolean embedded, boolean compressed)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDFont font =
          embedded
              ? PDType0Font.load(doc, IPAEX)
              : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      List<StampArea> areas = new ArrayList<>();
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
          c.beginText();
          c.setFont(font, 12);
          c.newLineAtOffset(72, 700);
          c.showText(embedded ? "住民票の写し page " + p : "page " + p);
          c.endText();
          c.addRect(400, 40, 150, 16);
          c.stroke();
        }
        areas.add(new StampArea(p, StampArea.Field.CERTIFICATE_NUMBER, 400, 40, 150, 16));
      }
      areas.add(new StampArea(pages, StampArea.Field.ISSUE_DATE, 380, 120, 160, 14));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(
          out,
          compressed ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
      return new ForeignBody(SUBJECT, out.toByteArray(), VERSIONS, areas);
    }
  }
}
