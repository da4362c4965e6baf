package org.kofu.existingsystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Parsed fonts, lent to one document at a time and fit for the next. */
@Timeout(60)
class FontPoolTests {

  private static final String IPAEX = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf";

  @Test
  void aCopyGivenBackIsLentAgainAndEmbedsInTheNextDocumentAsInTheFirst() throws Exception {
    FontPool pool = new FontPool(IPAEX, 1);
    TrueTypeFont copy = pool.borrow();
    byte[] first = pdf(copy);
    pool.giveBack(copy);

    TrueTypeFont again = pool.borrow();
    assertThat(again).isSameAs(copy);
    assertThat(text(pdf(again))).isEqualTo(text(first)).startsWith("函館市");
  }

  @Test
  void noMoreCopiesAreLentAtOnceThanItWasGiven() throws Exception {
    FontPool pool = new FontPool(IPAEX, 1);
    TrueTypeFont copy = pool.borrow();

    CompletableFuture<TrueTypeFont> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return pool.borrow();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(300);
    assertThat(waiting).isNotDone();

    pool.giveBack(copy);
    assertThat(waiting.get(30, TimeUnit.SECONDS)).isSameAs(copy);
  }

  @Test
  void aFileThatCannotBeReadFailsEveryBorrowWithoutUsingUpTheCopies() {
    FontPool pool = new FontPool("/nonexistent/font.ttf", 1);

    // the second would wait for ever had the first kept its copy's place
    assertThatThrownBy(pool::borrow).isInstanceOf(IOException.class);
    assertThatThrownBy(pool::borrow).isInstanceOf(IOException.class);
  }

  /** A page in {@code font}, embedded as a subset when saved, as {@link PdfPages} embeds it. */
  private static byte[] pdf(TrueTypeFont font) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(PDType0Font.load(doc, font, true), 12);
        text.newLineAtOffset(60, 700);
        text.showText("函館市長");
        text.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).strip();
    }
  }
}
