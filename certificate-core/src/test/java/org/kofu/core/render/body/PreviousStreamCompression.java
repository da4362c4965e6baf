package org.kofu.core.render.body;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The served bytes' reference: {@code StreamCompression} as it was before issue 28's allocation
 * work (main at 0e0d8d0), kept verbatim so that tests and {@code ops/bench} compare the current one
 * with it byte for byte. What it said of itself:
 *
 * <p>Turns a body's font programs, maps and other shared streams from stored (zlib stored blocks,
 * the cache's form: a zstd dictionary finds the shipped font's glyphs in them) to deflated (the
 * served form) and back, and keeps the file consistent: each changed stream's {@code /Length}, the
 * cross-reference table, {@code startxref} and the stamp sites follow the moved bytes. Page content
 * streams (those holding a stamp site) stay stored for the stamper; streams with another filter
 * (JPEG images) stay as they are.
 *
 * <p>Made for the PDFs {@code LeanPdfWriter} writes through OpenPDF: a direct {@code /Length} in
 * each stream's dictionary, one classic cross-reference table. Anything else is refused with an
 * {@link IllegalArgumentException}, never rewritten half.
 */
final class PreviousStreamCompression {

  private static final byte[] STREAM = ascii("stream\n");
  private static final byte[] END_STREAM = ascii("\nendstream");
  private static final byte[] OBJECT = ascii(" 0 obj");
  private static final byte[] LENGTH = ascii("/Length ");
  private static final byte[] FLATE = ascii("/Filter/FlateDecode");

  /** A TrueType font program's stream ({@code FontFile2}) and only it has a {@code /Length1}. */
  private static final byte[] LENGTH1 = ascii("/Length1 ");

  private static final byte[] START_XREF = ascii("startxref\n");
  private static final byte[] XREF = ascii("xref\n");
  private static final int XREF_ENTRY = 20;
  private static final int MAX_STORED_BLOCK = 0xFFFF;

  private PreviousStreamCompression() {}

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

  /** The body with its shared streams deflated at the fastest level, as format 4 serves it. */
  static RenderedBody deflate(RenderedBody body) {
    return rewrite(body, Form.DEFLATED);
  }

  /** The body with its shared streams in {@code form}. */
  static RenderedBody rewrite(RenderedBody body, Form form) {
    return rewrite(body, form != Form.STORED, form == Form.GLYPHS_STORED);
  }

  /** The body with its shared streams stored, as cached. */
  static RenderedBody store(RenderedBody body) {
    return rewrite(body, Form.STORED);
  }

  /** Bytes {@code [from, to)} of the input replaced by {@code bytes}. */
  private record Edit(int from, int to, byte[] bytes) {
    int delta() {
      return bytes.length - (to - from);
    }
  }

  private static RenderedBody rewrite(RenderedBody body, boolean deflate, boolean glyphsStored) {
    byte[] pdf = body.pdf();
    List<Edit> edits = streamEdits(pdf, body.stampSites(), deflate, glyphsStored);
    if (edits.isEmpty()) {
      return body;
    }
    int startXrefAt = lastIndexOf(pdf, START_XREF, pdf.length);
    if (startXrefAt < 0) {
      throw new IllegalArgumentException("no startxref");
    }
    int xrefDigitsFrom = startXrefAt + START_XREF.length;
    int xrefDigitsTo = digitsEnd(pdf, xrefDigitsFrom, pdf.length);
    int xref = number(pdf, xrefDigitsFrom, xrefDigitsTo);
    if (xref < edits.get(edits.size() - 1).to() || !matches(pdf, xref, XREF)) {
      throw new IllegalArgumentException("startxref does not point at the cross-reference table");
    }
    int movedXref = map(edits, xref);
    edits.add(new Edit(xrefDigitsFrom, xrefDigitsTo, ascii(Integer.toString(movedXref))));
    byte[] out = apply(pdf, edits);
    moveXrefEntries(pdf, xref, out, movedXref - xref, edits);
    return new RenderedBody(
        body.subject(),
        body.sources(),
        body.renderedAt(),
        body.pageCount(),
        out,
        map(edits, body.stampSites()));
  }

  /** The changes of each shared stream's bytes and {@code /Length}, in file order. */
  private static List<Edit> streamEdits(
      byte[] pdf, StampSites sites, boolean deflate, boolean glyphsStored) {
    Set<Integer> contentAdlers = contentAdlers(sites);
    List<Edit> edits = new ArrayList<>();
    for (int at = BodyInspector.indexOf(pdf, STREAM, 0);
        at >= 0;
        at = BodyInspector.indexOf(pdf, STREAM, at + 1)) {
      if (at > 0 && pdf[at - 1] == 'd') {
        continue;
      }
      int objectAt = lastIndexOf(pdf, OBJECT, at);
      int lengthAt = lastIndexOf(pdf, LENGTH, at);
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
      if (flate && !contentAdlers.remove(end - 4)) {
        boolean stored = StoredStream.blocksEnd(pdf, start, end - 4) == end - 4;
        byte[] replacement = null;
        if (deflate && stored) {
          byte[] data = storedData(pdf, start, end);
          if (glyphsStored && indexIn(pdf, LENGTH1, objectAt, at) >= 0) {
            replacement = PreviousGlyphsStoredFontProgram.served(data);
          }
          replacement = replacement != null ? replacement : deflated(data);
        } else if (!deflate && !stored) {
          replacement = storedBlocks(inflated(pdf, start, end));
        }
        if (replacement != null) {
          edits.add(new Edit(digitsFrom, digitsTo, ascii(Integer.toString(replacement.length))));
          edits.add(new Edit(start, end, replacement));
        }
      }
      at = end;
    }
    // decoding refuses a value whose sites are not where its pages are; encoding leaves that to it
    if (deflate && !contentAdlers.isEmpty()) {
      throw new IllegalArgumentException("a stamp site outside the page contents");
    }
    return edits;
  }

  private static int digitsEnd(byte[] pdf, int from, int limit) {
    int to = from;
    while (to < limit && Character.isDigit(pdf[to])) {
      to++;
    }
    return to;
  }

  private static Set<Integer> contentAdlers(StampSites sites) {
    Set<Integer> adlers = new HashSet<>();
    sites.numbers().forEach(s -> adlers.add(s.adlerOffset()));
    adlers.add(sites.date().adlerOffset());
    adlers.add(sites.reserve().adlerOffset());
    return adlers;
  }

  private static byte[] apply(byte[] pdf, List<Edit> edits) {
    int size = pdf.length;
    for (Edit e : edits) {
      size += e.delta();
    }
    byte[] out = new byte[size];
    int from = 0;
    int to = 0;
    for (Edit e : edits) {
      System.arraycopy(pdf, from, out, to, e.from() - from);
      to += e.from() - from;
      System.arraycopy(e.bytes(), 0, out, to, e.bytes().length);
      to += e.bytes().length;
      from = e.to();
    }
    System.arraycopy(pdf, from, out, to, pdf.length - from);
    return out;
  }

  /**
   * Rewrites each in-use entry of the table at {@code xref} (input offset) where it now is in
   * {@code out}, {@code shift} bytes on: entries are fixed width, so the table keeps its length.
   */
  private static void moveXrefEntries(
      byte[] pdf, int xref, byte[] out, int shift, List<Edit> edits) {
    int at = xref + XREF.length;
    while (!matches(pdf, at, ascii("trailer"))) {
      int space = BodyInspector.indexOf(pdf, ascii(" "), at);
      int newline = BodyInspector.indexOf(pdf, ascii("\n"), at);
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
          String offset = "%010d".formatted(map(edits, number(pdf, at, at + 10)));
          System.arraycopy(ascii(offset), 0, out, at + shift, 10);
        }
      }
    }
  }

  /** Where input offset {@code p}, outside every edit, is in the output. */
  private static int map(List<Edit> edits, int p) {
    int moved = p;
    for (Edit e : edits) {
      if (e.to() <= p) {
        moved += e.delta();
      } else if (e.from() < p) {
        throw new IllegalStateException("offset " + p + " inside a rewritten range");
      }
    }
    return moved;
  }

  private static StampSites map(List<Edit> edits, StampSites sites) {
    return new StampSites(
        sites.glyphIds(),
        sites.numbers().stream().map(s -> map(edits, s)).toList(),
        map(edits, sites.date()),
        map(edits, sites.reserve()));
  }

  private static StampSites.Site map(List<Edit> edits, StampSites.Site site) {
    int[] offsets = site.offsets().clone();
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = map(edits, offsets[i]);
    }
    return new StampSites.Site(offsets, site.weights(), map(edits, site.adlerOffset()));
  }

  /** The data of the stored-block stream {@code [start, end)}, its Adler-32 checked. */
  private static byte[] storedData(byte[] pdf, int start, int end) {
    ByteArrayOutputStream data = new ByteArrayOutputStream(end - start);
    for (int at = start + 2; at < end - 4; at += 5 + StoredStream.blockLength(pdf, at)) {
      data.write(pdf, at + 5, StoredStream.blockLength(pdf, at));
    }
    byte[] bytes = data.toByteArray();
    if (adler(bytes) != readInt(pdf, end - 4)) {
      throw new IllegalArgumentException("a stored stream's Adler-32 does not match its data");
    }
    return bytes;
  }

  private static byte[] inflated(byte[] pdf, int start, int end) {
    if (!StoredStream.zlibHeader(pdf, start)) {
      throw new IllegalArgumentException("a FlateDecode stream without a zlib header");
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(pdf, start, end - start);
      ByteArrayOutputStream raw = new ByteArrayOutputStream(4 * (end - start));
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalArgumentException("a truncated FlateDecode stream");
        }
        raw.write(buffer, 0, n);
      }
      return raw.toByteArray();
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("a corrupt FlateDecode stream", e);
    } finally {
      inflater.end();
    }
  }

  /** As OpenPDF deflates a served PDF's streams: one zlib stream at the fastest level. */
  private static byte[] deflated(byte[] raw) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(raw);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 2 + 64);
      byte[] buffer = new byte[64 * 1024];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** A zlib stream of stored blocks holding {@code raw}. */
  private static byte[] storedBlocks(byte[] raw) {
    int blocks = Math.max(1, (raw.length + MAX_STORED_BLOCK - 1) / MAX_STORED_BLOCK);
    byte[] out = new byte[2 + 5 * blocks + raw.length + 4];
    out[0] = 0x78;
    out[1] = 0x01;
    int at = 2;
    for (int b = 0; b < blocks; b++) {
      int from = b * MAX_STORED_BLOCK;
      int len = Math.min(MAX_STORED_BLOCK, raw.length - from);
      out[at] = (byte) (b == blocks - 1 ? 1 : 0);
      out[at + 1] = (byte) len;
      out[at + 2] = (byte) (len >>> 8);
      out[at + 3] = (byte) ~len;
      out[at + 4] = (byte) (~len >>> 8);
      System.arraycopy(raw, from, out, at + 5, len);
      at += 5 + len;
    }
    int adler = adler(raw);
    out[at] = (byte) (adler >>> 24);
    out[at + 1] = (byte) (adler >>> 16);
    out[at + 2] = (byte) (adler >>> 8);
    out[at + 3] = (byte) adler;
    return out;
  }

  private static int adler(byte[] bytes) {
    Adler32 adler = new Adler32();
    adler.update(bytes);
    return (int) adler.getValue();
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24
        | (b[at + 1] & 0xFF) << 16
        | (b[at + 2] & 0xFF) << 8
        | b[at + 3] & 0xFF;
  }

  private static int number(byte[] pdf, int from, int to) {
    if (to <= from || to - from > 10) {
      throw new IllegalArgumentException("a number expected at " + from);
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(pdf[i])) {
        throw new IllegalArgumentException("a number expected at " + from);
      }
      value = value * 10 + (pdf[i] - '0');
    }
    if (value > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a number out of range at " + from);
    }
    return (int) value;
  }

  private static int lastIndexOf(byte[] data, byte[] pattern, int before) {
    for (int i = Math.min(before, data.length) - pattern.length; i >= 0; i--) {
      if (matches(data, i, pattern)) {
        return i;
      }
    }
    return -1;
  }

  private static int indexIn(byte[] data, byte[] pattern, int from, int to) {
    for (int i = from; i <= to - pattern.length; i++) {
      if (matches(data, i, pattern)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matches(byte[] data, int at, byte[] pattern) {
    return at >= 0
        && at + pattern.length <= data.length
        && java.util.Arrays.equals(data, at, at + pattern.length, pattern, 0, pattern.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
