package org.kofu.core.render;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.common.PdfImage;
import net.sf.jasperreports.pdf.common.PdfProducer;

/**
 * JasperReports' PDF exporter with {@link KofuPdfProducer}, and without the per-document cost of
 * its transparent pixel: the stock exporter reads a PNG from its jar and decodes it for every
 * document that has an image, which is every certificate (the city seal).
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
