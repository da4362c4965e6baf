package org.kofu.core.render;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.zip.Deflater;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfDocumentWriter;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * OpenPDF as JasperReports drives it, except for compression: page content streams are written as
 * zlib "stored" blocks (level 0), so the stamper can overwrite placeholder bytes in place and only
 * fix the Adler-32; everything else (images, font subsets, ToUnicode maps) is compressed at the
 * fastest level. OpenPDF reads the writer's level when it writes each stream, and a page's content
 * stream is written right after the end-of-page event.
 */
final class KofuPdfProducer extends ClassicPdfProducer {

  KofuPdfProducer(PdfProducerContext context) {
    super(context);
  }

  @Override
  public PdfDocumentWriter createWriter(OutputStream os) throws JRException {
    PdfDocumentWriter created = super.createWriter(os);
    PdfWriter writer = getPdfWriter();
    writer.setCompressionLevel(Deflater.BEST_SPEED);
    writer.setPageEvent(
        new PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter w, Document document) {
            w.setCompressionLevel(Deflater.NO_COMPRESSION);
          }

          @Override
          public void onStartPage(PdfWriter w, Document document) {
            w.setCompressionLevel(Deflater.BEST_SPEED);
          }

          @Override
          public void onCloseDocument(PdfWriter w, Document document) {
            w.setCompressionLevel(Deflater.BEST_SPEED);
          }
        });
    return created;
  }
}
