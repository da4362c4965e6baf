package org.kofu.core.render;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.ExporterFilter;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.common.PdfImage;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * JasperReports' PDF exporter with {@link KofuPdfProducer}, without what a certificate never uses
 * but every document pays for: the transparent pixel the stock exporter reads from its jar and
 * decodes for every document with an image (every certificate has the city seal), the named
 * destination per page (for hyperlinks to pages), and the element filter built from report
 * properties.
 */
final class KofuPdfExporter extends JRPdfExporter {

  KofuPdfExporter(JasperReportsContext context) {
    super(context);
  }

  @Override
  protected PdfProducer createPdfProducer() {
    return new KofuPdfProducer(createPdfProducerContext());
  }

  @Override
  protected void writePageAnchor(int pageIndex) {
    // No hyperlinks point at pages.
  }

  @Override
  protected ExporterFilter createFilter() {
    return null;
  }

  @Override
  protected PdfImage getPxImage() {
    if (pxImage == null) {
      try {
        pxImage =
            new ClassicImage(
                Image.getInstance(1, 1, 1, 8, new byte[] {(byte) 0xFF}, new int[] {255, 255}));
      } catch (BadElementException e) {
        throw new JRRuntimeException(e);
      }
    }
    return pxImage;
  }
}
