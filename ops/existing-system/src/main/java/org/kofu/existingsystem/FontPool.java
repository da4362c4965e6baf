package org.kofu.existingsystem;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Parsed copies of one TrueType file, each lent to one document at a time: parsed anew for every
 * document, the file took longer than drawing all the rest of it, and PDFBox's {@link TrueTypeFont}
 * is not safe for concurrent use. A document embeds a lent copy with {@code PDType0Font.load(doc,
 * ttf, true)}, which leaves the copy open when the document closes, and subsets it when saved; it
 * gives the copy back once closed.
 */
final class FontPool {

  private final File file;
  private final Semaphore lendable;
  private final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

  /**
   * @param copies at most this many parsed, each when first wanted; a parsed copy holds the whole
   *     file in memory
   */
  FontPool(String file, int copies) {
    this.file = new File(file);
    this.lendable = new Semaphore(copies);
  }

  /** A copy that is the caller's alone until {@link #giveBack}; waits while every copy is lent. */
  TrueTypeFont borrow() throws IOException {
    try {
      lendable.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("waiting for a copy of " + file);
    }
    TrueTypeFont font = idle.poll();
    if (font != null) {
      return font;
    }
    try {
      return new TTFParser().parse(new RandomAccessReadBufferedFile(file));
    } catch (IOException | RuntimeException e) {
      lendable.release();
      throw e;
    }
  }

  void giveBack(TrueTypeFont font) {
    idle.add(font);
    lendable.release();
  }
}
