package org.kofu.core.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.Deflater;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPen;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintImage;
import net.sf.jasperreports.engine.JRPrintLine;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.DataRenderable;

/**
 * Writes a filled certificate to PDF with OpenPDF directly. JasperReports' own exporter lays every
 * text out a second time (AWT, bidi, OpenPDF's ColumnText) and sets up machinery a certificate
 * never uses; the template has only left- or right-aligned texts in one Mincho, lines, boxes and
 * opaque JPEG images, which this draws as the fill placed them: half the time of a certificate.
 *
 * <p>Page content streams are zlib "stored" blocks (level 0) so that the stamper can overwrite
 * placeholder bytes in place; images, font subsets and ToUnicode maps use the writer's level: the
 * fastest for served PDFs, none (stored blocks too) for PDFs rendered for the cache.
 */
public final class LeanPdfWriter {

  private final JasperReportsContext context;
  private final PdfFonts fonts;
  private final int level;

  /**
   * @param fonts fonts whose subsets are written at {@code level}
   * @param level zlib level of every stream but the page contents
   */
  public LeanPdfWriter(JasperReportsContext context, PdfFonts fonts, int level) {
    this.context = context;
    this.fonts = fonts;
    this.level = level;
  }

  public byte[] write(JasperPrint print) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document document =
        new Document(new Rectangle(print.getPageWidth(), print.getPageHeight()), 0, 0, 0, 0);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCompressionLevel(level);
      writer.setPageEvent(new StoredContents(level));
      document.addCreator("kofu");
      document.open();
      DocumentMjFonts mj = DocumentMjFonts.of(print, level);
      List<JRPrintPage> pages = print.getPages();
      for (int p = 0; p < pages.size(); p++) {
        if (p > 0) {
          document.newPage();
        }
        PdfContentByte cb = writer.getDirectContent();
        cb.setLiteral("");
        draw(pages.get(p).getElements(), 0, 0, print.getPageHeight(), mj, cb);
      }
      document.close();
    } catch (DocumentException | IOException | JRException e) {
      throw new IllegalStateException("PDF writing failed", e);
    }
    return out.toByteArray();
  }

  private void draw(
      List<JRPrintElement> elements,
      int dx,
      int dy,
      float pageHeight,
      DocumentMjFonts mj,
      PdfContentByte cb)
      throws DocumentException, IOException, JRException {
    for (JRPrintElement e : elements) {
      int x = dx + e.getX();
      int y = dy + e.getY();
      if (e instanceof JRPrintFrame frame) {
        draw(frame.getElements(), x, y, pageHeight, mj, cb);
        box(frame.getLineBox(), x, y, e.getWidth(), e.getHeight(), pageHeight, cb);
      } else if (e instanceof JRPrintText text) {
        TextDrawing.draw(text, fonts, mj, x, y, pageHeight, cb);
        box(text.getLineBox(), x, y, e.getWidth(), e.getHeight(), pageHeight, cb);
      } else if (e instanceof JRPrintImage image) {
        image(image, x, y, pageHeight, cb);
        box(image.getLineBox(), x, y, e.getWidth(), e.getHeight(), pageHeight, cb);
      } else if (e instanceof JRPrintLine line) {
        float width = line.getLinePen().getLineWidth();
        stroke(cb, width, line.getLinePen().getLineColor());
        float top = pageHeight - y - width / 2;
        if (e.getHeight() <= 1) {
          cb.moveTo(x, top);
          cb.lineTo(x + e.getWidth(), top);
        } else {
          cb.moveTo(x + width / 2, top);
          cb.lineTo(x + width / 2, pageHeight - y - e.getHeight());
        }
        cb.stroke();
      } else {
        throw new IllegalStateException("the template has no " + e.getClass().getSimpleName());
      }
    }
  }

  private void image(JRPrintImage e, int x, int y, float pageHeight, PdfContentByte cb)
      throws DocumentException, IOException, JRException {
    if (!(e.getRenderer() instanceof DataRenderable data)) {
      return;
    }
    Image image = Image.getInstance(data.getData(context));
    cb.addImage(image, e.getWidth(), 0, 0, e.getHeight(), x, pageHeight - y - e.getHeight());
  }

  private static void box(
      JRLineBox box, int x, int y, int w, int h, float pageHeight, PdfContentByte cb) {
    float top = pageHeight - y;
    float bottom = top - h;
    edge(cb, box.getTopPen(), x, top, x + w, top);
    edge(cb, box.getBottomPen(), x, bottom, x + w, bottom);
    edge(cb, box.getLeftPen(), x, top, x, bottom);
    edge(cb, box.getRightPen(), x + w, top, x + w, bottom);
  }

  private static void edge(PdfContentByte cb, JRPen pen, float x1, float y1, float x2, float y2) {
    float width = pen.getLineWidth();
    if (width <= 0) {
      return;
    }
    stroke(cb, width, pen.getLineColor());
    cb.moveTo(x1, y1);
    cb.lineTo(x2, y2);
    cb.stroke();
  }

  private static void stroke(PdfContentByte cb, float width, Color color) {
    cb.setLineWidth(width);
    cb.setColorStroke(color == null ? Color.BLACK : color);
  }

  /** Page contents uncompressed for the stamper; everything else at the writer's level. */
  private static final class StoredContents extends PdfPageEventHelper {
    private final int level;

    StoredContents(int level) {
      this.level = level;
    }

    @Override
    public void onEndPage(PdfWriter w, Document document) {
      w.setCompressionLevel(Deflater.NO_COMPRESSION);
    }

    @Override
    public void onStartPage(PdfWriter w, Document document) {
      w.setCompressionLevel(level);
    }

    @Override
    public void onCloseDocument(PdfWriter w, Document document) {
      w.setCompressionLevel(level);
    }
  }
}
