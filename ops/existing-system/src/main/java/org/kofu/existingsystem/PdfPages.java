package org.kofu.existingsystem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One document being written with PDFBox: A4 pages, text in IPAex明朝 (IPAmj明朝 for a text it lacks),
 * embedded as subsets from copies lent by the {@link FontPool}s until it closes. Its layout is the
 * stand-in's own: a ruled frame, labels in a left column, the number at the foot of every page, the
 * date under the certification.
 */
final class PdfPages implements AutoCloseable {

  static final float NUMBER_X = 360;
  static final float NUMBER_Y = 36;
  static final float DATE_X = 300;
  static final float DATE_Y = 150;

  private final PDDocument doc = new PDDocument();
  private final FontPool fonts;
  private final FontPool fallbacks;
  private final TrueTypeFont fontCopy;
  private final PDFont font;
  private final Map<Integer, String> gaiji;
  private TrueTypeFont fallbackCopy;
  private PDFont fallback;
  private PDPageContentStream page;
  private final List<MadePdf.Area> areas = new ArrayList<>();
  private float y;

  /**
   * @param gaiji the 窓口 system's 外字: a Private Use Area character to its Unicode character
   */
  PdfPages(FontPool fonts, FontPool fallbacks, Map<Integer, String> gaiji) throws IOException {
    this.fonts = fonts;
    this.fallbacks = fallbacks;
    this.gaiji = gaiji;
    this.fontCopy = fonts.borrow();
    try {
      this.font = PDType0Font.load(doc, fontCopy, true);
    } catch (IOException | RuntimeException e) {
      fonts.giveBack(fontCopy);
      throw e;
    }
  }

  void newPage(String title) throws IOException {
    closePage();
    PDPage p = new PDPage(PDRectangle.A4);
    doc.addPage(p);
    page = new PDPageContentStream(doc, p);
    page.setLineWidth(1.5f);
    page.addRect(40, 60, 515, 740);
    page.stroke();
    text(title, 60, 770, 16);
    int number = doc.getNumberOfPages();
    text("発行番号", NUMBER_X - 56, NUMBER_Y + 2, 10);
    areas.add(new MadePdf.Area(number, "certificateNumber", NUMBER_X, NUMBER_Y, 180, 14));
    y = 730;
  }

  void line(String label, String value) throws IOException {
    text(label, 60, y, 10.5f);
    text(value == null ? "" : value, 170, y, 10.5f);
    page.moveTo(55, y - 5);
    page.lineTo(540, y - 5);
    page.stroke();
    y -= 22;
  }

  boolean full() {
    return y < 260;
  }

  void image(byte[] png, float x, float top, float size) throws IOException {
    PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "inei");
    page.addRect(x - 4, top - size - 4, size + 8, size + 8);
    page.stroke();
    page.drawImage(image, x, top - size, size, size);
    y = top - size - 24;
  }

  /** The closing block on the current page; the date area sits under the sentence. */
  void certification(String sentence, String signature) throws IOException {
    text(sentence, 60, 200, 11);
    text(signature, 360, 110, 12);
    areas.add(new MadePdf.Area(doc.getNumberOfPages(), "issueDate", DATE_X, DATE_Y, 200, 16));
  }

  /** Writes into the areas, for a finished certificate. */
  void fill(List<MadePdf.Area> filled, String date, String number) throws IOException {
    closePage();
    for (MadePdf.Area a : filled) {
      PDPage p = doc.getPage(a.page() - 1);
      try (PDPageContentStream c =
          new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
        page = c;
        text("issueDate".equals(a.field()) ? date : number, a.x(), a.y() + 3, 11);
      }
    }
    page = null;
  }

  List<MadePdf.Area> areas() {
    return List.copyOf(areas);
  }

  byte[] save() throws IOException {
    closePage();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  private void text(String s, float x, float at, float size) throws IOException {
    String clean = unicode(s).replaceAll("[\\x{FE00}-\\x{FE0F}\\x{E0100}-\\x{E01EF}]", "");
    PDFont f = font;
    try {
      font.encode(clean);
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (fallback == null) {
        fallbackCopy = fallbacks.borrow();
        fallback = PDType0Font.load(doc, fallbackCopy, true);
      }
      f = fallback;
      try {
        f.encode(clean);
      } catch (IllegalArgumentException | IllegalStateException none) {
        // what neither font draws is refused as the relay contract says, never printed wrong
        throw new CertificateMaker.Refused("UNPRINTABLE_CHARACTER");
      }
    }
    page.beginText();
    page.setFont(f, size);
    page.newLineAtOffset(x, at);
    page.showText(clean);
    page.endText();
  }

  /** {@code s} with each 外字 as its Unicode character; one without a mapping is unprintable here. */
  private String unicode(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              if (!isPrivateUse(c)) {
                out.appendCodePoint(c);
              } else if (gaiji.containsKey(c)) {
                out.append(gaiji.get(c));
              } else {
                throw new CertificateMaker.Refused("UNPRINTABLE_CHARACTER");
              }
            });
    return out.toString();
  }

  private static boolean isPrivateUse(int c) {
    return Character.getType(c) == Character.PRIVATE_USE;
  }

  private void closePage() throws IOException {
    if (page != null) {
      page.close();
      page = null;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      closePage();
      doc.close();
    } finally {
      fonts.giveBack(fontCopy);
      if (fallbackCopy != null) {
        fallbacks.giveBack(fallbackCopy);
      }
    }
  }
}
