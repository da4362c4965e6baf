package org.kofu.core.render.body;

import static org.kofu.core.render.body.PdfSyntax.ascii;
import static org.kofu.core.render.body.PdfSyntax.digitsEnd;
import static org.kofu.core.render.body.PdfSyntax.indexIn;
import static org.kofu.core.render.body.PdfSyntax.lastIndexOf;
import static org.kofu.core.render.body.PdfSyntax.matches;
import static org.kofu.core.render.body.PdfSyntax.number;

import java.util.HashSet;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Turns a body's font programs, maps and other shared streams from stored (zlib stored blocks, the
 * cache's form: a zstd dictionary finds the shipped font's glyphs in them) to deflated (the served
 * form) and back, and keeps the file consistent: each changed stream's {@code /Length}, the
 * cross-reference table, {@code startxref} and the stamp sites follow the moved bytes. Page content
 * streams (those holding a stamp site) stay stored for the stamper; streams with another filter
 * (JPEG images) stay as they are.
 *
 * <p>Made for the PDFs {@code LeanPdfWriter} writes through OpenPDF: a direct {@code /Length} in
 * each stream's dictionary, one classic cross-reference table. Anything else is refused with an
 * {@link IllegalArgumentException}, never rewritten half.
 *
 * <p>A cache hit runs this on every body it serves: the output is sized from the edits and written
 * once, the deflaters and buffers come from a {@link ZlibWorkspace}, a single-block stream is
 * deflated where it lies, and the cross-reference offsets are written as digits in place.
 */
final class StreamCompression {

  private static final byte[] STREAM = ascii("stream\n");
  private static final byte[] END_STREAM = ascii("\nendstream");
  private static final byte[] OBJECT = ascii(" 0 obj");
  private static final byte[] LENGTH = ascii("/Length ");
  private static final byte[] FLATE = ascii("/Filter/FlateDecode");

  /** A TrueType font program's stream ({@code FontFile2}) and only it has a {@code /Length1}. */
  private static final byte[] LENGTH1 = ascii("/Length1 ");

  private static final byte[] START_XREF = ascii("startxref\n");
  private static final byte[] XREF = ascii("xref\n");
  private static final byte[] TRAILER = ascii("trailer");
  private static final byte[] SPACE = ascii(" ");
  private static final byte[] NEWLINE = ascii("\n");
  private static final int XREF_ENTRY = 20;
  private static final int XREF_OFFSET_DIGITS = 10;
  private static final int MAX_STORED_BLOCK = 0xFFFF;

  private StreamCompression() {}

  /** How the shared streams of a body are written. */
  enum Form {
    /** Stored blocks, as cached. */
    STORED,
    /** Each deflated whole at the fastest level, as format 4 serves a body. */
    DEFLATED,
    /**
     * As {@link #DEFLATED}, but a font program's glyph outlines stored ({@link
     * GlyphsStoredFontProgram}), as format 5 serves a body.
     */
    GLYPHS_STORED
  }

  /** A rewritten PDF and its stamp sites. */
  record Rewritten(byte[] pdf, StampSites sites) {}

  /** The body with its shared streams deflated at the fastest level, as format 4 serves it. */
  static RenderedBody deflate(RenderedBody body) {
    return rewrite(body, Form.DEFLATED);
  }

  /** The body with its shared streams stored, as cached. */
  static RenderedBody store(RenderedBody body) {
    return rewrite(body, Form.STORED);
  }

  /** The body with its shared streams in {@code form}. */
  static RenderedBody rewrite(RenderedBody body, Form form) {
    Rewritten rewritten = rewrite(body.pdf(), 0, body.stampSites(), form);
    if (rewritten == null) {
      return body;
    }
    return new RenderedBody(
        body.subject(),
        body.sources(),
        body.renderedAt(),
        body.pageCount(),
        rewritten.pdf(),
        rewritten.sites());
  }

  /**
   * The PDF {@code bytes[base, bytes.length)}, whose stamp sites are {@code sites} (offsets from
   * {@code base}), with its shared streams in {@code form}; null when no stream changes.
   */
  static Rewritten rewrite(byte[] bytes, int base, StampSites sites, Form form) {
    try (ZlibWorkspace workspace = ZlibWorkspace.take()) {
      StreamEdits edits = new StreamEdits(bytes, base, workspace.out());
      addStreamEdits(edits, bytes, base, sites, form, workspace);
      if (edits.isEmpty()) {
        return null;
      }
      int startXrefAt = lastIndexOf(bytes, START_XREF, base, bytes.length);
      if (startXrefAt < 0) {
        throw new IllegalArgumentException("no startxref");
      }
      int xrefDigitsFrom = startXrefAt + START_XREF.length;
      int xrefDigitsTo = digitsEnd(bytes, xrefDigitsFrom, bytes.length);
      int xref = base + number(bytes, xrefDigitsFrom, xrefDigitsTo);
      if (xref < edits.lastEnd() || !matches(bytes, xref, XREF)) {
        throw new IllegalArgumentException("startxref does not point at the cross-reference table");
      }
      int movedXref = edits.map(xref);
      edits.replaceByNumber(xrefDigitsFrom, xrefDigitsTo, movedXref);
      byte[] out = edits.apply();
      moveXrefEntries(bytes, base, xref, out, movedXref - xref, edits);
      return new Rewritten(out, edits.map(sites));
    }
  }

  /** The changes of each shared stream's bytes and {@code /Length}, in file order. */
  private static void addStreamEdits(
      StreamEdits edits,
      byte[] pdf,
      int base,
      StampSites sites,
      Form form,
      ZlibWorkspace workspace) {
    boolean deflate = form != Form.STORED;
    Set<Integer> contentAdlers = contentAdlers(sites);
    for (int at = BodyInspector.indexOf(pdf, STREAM, base);
        at >= 0;
        at = BodyInspector.indexOf(pdf, STREAM, at + 1)) {
      if (at > base && pdf[at - 1] == 'd') {
        continue;
      }
      int objectAt = lastIndexOf(pdf, OBJECT, base, at);
      int lengthAt = lastIndexOf(pdf, LENGTH, base, at);
      if (objectAt < 0 || lengthAt < objectAt) {
        throw new IllegalArgumentException("a stream without a direct /Length");
      }
      int digitsFrom = lengthAt + LENGTH.length;
      int digitsTo = digitsEnd(pdf, digitsFrom, at);
      int start = at + STREAM.length;
      int end = start + number(pdf, digitsFrom, digitsTo);
      if (end > pdf.length - END_STREAM.length || !matches(pdf, end, END_STREAM)) {
        throw new IllegalArgumentException("a stream's /Length does not end it");
      }
      boolean flate = indexIn(pdf, FLATE, objectAt, at) >= 0;
      if (flate && !contentAdlers.remove(end - 4 - base)) {
        boolean stored = StoredStream.blocksEnd(pdf, start, end - 4) == end - 4;
        GrowingBytes out = workspace.out();
        int replacementAt = out.size();
        if (deflate && stored) {
          boolean fontProgram =
              form == Form.GLYPHS_STORED && indexIn(pdf, LENGTH1, objectAt, at) >= 0;
          serve(pdf, start, end, fontProgram, workspace);
        } else if (!deflate && !stored) {
          store(pdf, start, end, workspace);
        }
        if (out.size() > replacementAt) {
          int length = out.size() - replacementAt;
          edits.replaceByNumber(digitsFrom, digitsTo, length);
          edits.replace(start, end, replacementAt, length);
        }
      }
      at = end;
    }
    // decoding refuses a value whose sites are not where its pages are; encoding leaves that to it
    if (deflate && !contentAdlers.isEmpty()) {
      throw new IllegalArgumentException("a stamp site outside the page contents");
    }
  }

  private static Set<Integer> contentAdlers(StampSites sites) {
    Set<Integer> adlers = new HashSet<>();
    sites.numbers().forEach(s -> adlers.add(s.adlerOffset()));
    adlers.add(sites.date().adlerOffset());
    adlers.add(sites.reserve().adlerOffset());
    return adlers;
  }

  /**
   * Rewrites each in-use entry of the table at input index {@code xref} where it now is in {@code
   * out}, {@code shift} bytes on: entries are fixed width, so the table keeps its length.
   */
  private static void moveXrefEntries(
      byte[] pdf, int base, int xref, byte[] out, int shift, StreamEdits edits) {
    int at = xref + XREF.length;
    while (!matches(pdf, at, TRAILER)) {
      int space = BodyInspector.indexOf(pdf, SPACE, at);
      int newline = BodyInspector.indexOf(pdf, NEWLINE, at);
      if (space < 0 || newline < space) {
        throw new IllegalArgumentException("corrupt cross-reference table");
      }
      int count = number(pdf, space + 1, newline);
      at = newline + 1;
      for (int i = 0; i < count; i++, at += XREF_ENTRY) {
        if (at + XREF_ENTRY > pdf.length || pdf[at + 10] != ' ' || pdf[at + 16] != ' ') {
          throw new IllegalArgumentException("corrupt cross-reference entry");
        }
        if (pdf[at + 17] == 'n') {
          int offset = edits.map(base + number(pdf, at, at + XREF_OFFSET_DIGITS));
          Decimal.write(out, at + shift, offset, XREF_OFFSET_DIGITS);
        }
      }
    }
  }

  /**
   * Appends the served zlib stream of the stored-block stream {@code [start, end)}, its Adler-32
   * checked: its data deflated where it lies when it is one block, else gathered first.
   */
  private static void serve(
      byte[] pdf, int start, int end, boolean fontProgram, ZlibWorkspace workspace) {
    int length = 0;
    int blocks = 0;
    for (int at = start + 2; at < end - 4; at += 5 + StoredStream.blockLength(pdf, at)) {
      length += StoredStream.blockLength(pdf, at);
      blocks++;
    }
    byte[] data = pdf;
    int offset = start + 2 + 5;
    if (blocks > 1) {
      data = workspace.gathered(length);
      offset = 0;
      int filled = 0;
      for (int at = start + 2; at < end - 4; at += 5 + StoredStream.blockLength(pdf, at)) {
        System.arraycopy(pdf, at + 5, data, filled, StoredStream.blockLength(pdf, at));
        filled += StoredStream.blockLength(pdf, at);
      }
    }
    int adler = workspace.adler(data, offset, length);
    if (adler != readInt(pdf, end - 4)) {
      throw new IllegalArgumentException("a stored stream's Adler-32 does not match its data");
    }
    if (!fontProgram || !GlyphsStoredFontProgram.serve(data, offset, length, adler, workspace)) {
      workspace.deflate(data, offset, length);
    }
  }

  /** Appends the stored-block form of the zlib stream {@code [start, end)}. */
  private static void store(byte[] pdf, int start, int end, ZlibWorkspace workspace) {
    if (!StoredStream.zlibHeader(pdf, start)) {
      throw new IllegalArgumentException("a FlateDecode stream without a zlib header");
    }
    Inflater inflater = workspace.inflater();
    inflater.setInput(pdf, start, end - start);
    byte[] raw = workspace.gathered(4 * (end - start));
    int length = 0;
    try {
      while (!inflater.finished()) {
        if (length == raw.length) {
          raw = workspace.gathered(2 * raw.length);
        }
        int n = inflater.inflate(raw, length, raw.length - length);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("a truncated FlateDecode stream");
        }
        length += n;
      }
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("a corrupt FlateDecode stream", e);
    }
    storedBlocks(raw, length, workspace.adler(raw, 0, length), workspace.out());
  }

  /** A zlib stream of stored blocks holding {@code raw[0, length)}. */
  private static void storedBlocks(byte[] raw, int length, int adler, GrowingBytes out) {
    int blocks = Math.max(1, (length + MAX_STORED_BLOCK - 1) / MAX_STORED_BLOCK);
    out.ensure(2 + 5 * blocks + length + 4);
    out.put(0x78);
    out.put(0x01);
    for (int b = 0; b < blocks; b++) {
      int from = b * MAX_STORED_BLOCK;
      int len = Math.min(MAX_STORED_BLOCK, length - from);
      out.put(b == blocks - 1 ? 1 : 0);
      out.put(len);
      out.put(len >>> 8);
      out.put(~len);
      out.put(~len >>> 8);
      out.put(raw, from, len);
    }
    out.putInt(adler);
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24
        | (b[at + 1] & 0xFF) << 16
        | (b[at + 2] & 0xFF) << 8
        | b[at + 3] & 0xFF;
  }
}
