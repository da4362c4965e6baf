package org.kofu.core.render.body;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;

/**
 * The bytes of a rendered body as the cache stores them: where its placeholders are, and the PDF
 * with every stream stored ({@link StreamCompression}), so that the cache's zstd dictionary finds
 * the template's and the fonts' bytes in every body. Decoding deflates the font programs and maps
 * into the PDF as served. The source versions and the rendering time travel beside them in the
 * cache entry, so that the cache can check them without decoding this.
 *
 * <p>The subject the body was rendered for ({@link RenderedBody#subject()}, which the renderer
 * takes from the content it drew) is recorded inside the bytes, and decoding reads it from there:
 * the caller never hands one in. So the relay's last check before a body leaves compares the
 * request with what the body itself says, not with a copy of the request (format 4).
 *
 * <p>Format 5 (since issue 28) is format 4 served with each font program's glyph outlines stored
 * rather than deflated ({@link GlyphsStoredFontProgram}): deflating them was most of the CPU a
 * cache hit spent decoding. A value of format 4 (a body cached or an issuance kept before) is still
 * served as format 4 served it, every shared stream deflated whole, so that a repeat of its request
 * rebuilds the very bytes first served.
 *
 * <p>A body from {@link org.kofu.core.render.CertificateRenderer#renderForCache} is encoded as it
 * is; one from {@link org.kofu.core.render.CertificateRenderer#render} (the relay's on-demand
 * rendering) has its streams inflated first. Values of the earlier formats 1 to 3 are refused: a
 * miss, rendered again.
 */
public final class RenderedBodyCodec {

  private static final int FORMAT_SUBJECT_RECORDED = 4;
  private static final int FORMAT_GLYPHS_STORED = 5;

  /** Stands for the PDF in a header read before its PDF is served. */
  private static final byte[] NO_PDF = new byte[0];

  private RenderedBodyCodec() {}

  public static byte[] encode(RenderedBody rendered) {
    RenderedBody body = StreamCompression.store(rendered);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.pdf().length + 1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT_GLYPHS_STORED);
      out.writeUTF(body.subject().key());
      out.writeInt(body.pageCount());
      StampSites sites = body.stampSites();
      writeInts(out, sites.glyphIds());
      out.writeInt(sites.numbers().size());
      for (StampSites.Site site : sites.numbers()) {
        writeSite(out, site);
      }
      writeSite(out, sites.date());
      writeSite(out, sites.reserve());
      out.writeInt(body.pdf().length);
      out.write(body.pdf());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The body with the subject recorded in its bytes.
   *
   * @throws IllegalArgumentException when the bytes are no body of this format (answer a miss and
   *     render again)
   */
  public static RenderedBody decode(SourceVersions sources, Instant renderedAt, byte[] encoded) {
    try {
      ByteBuffer in = ByteBuffer.wrap(encoded);
      int format = in.get() & 0xFF;
      if (format != FORMAT_SUBJECT_RECORDED && format != FORMAT_GLYPHS_STORED) {
        throw new IllegalArgumentException("unknown body format " + format);
      }
      CertificateSubject subject = CertificateSubject.parse(readUtf(in));
      int pages = in.getInt();
      int[] glyphIds = readInts(in);
      int count = count(in, 12);
      List<StampSites.Site> numbers = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        numbers.add(readSite(in));
      }
      StampSites sites = new StampSites(glyphIds, numbers, readSite(in), readSite(in));
      int length = in.getInt();
      if (length < 0 || length > encoded.length) {
        throw new IllegalArgumentException("corrupt body length");
      }
      if (length > in.remaining()) {
        throw new BufferUnderflowException();
      }
      return served(
          new RenderedBody(subject, sources, renderedAt, pages, NO_PDF, sites),
          encoded,
          in.position(),
          length,
          format == FORMAT_GLYPHS_STORED
              ? StreamCompression.Form.GLYPHS_STORED
              : StreamCompression.Form.DEFLATED);
    } catch (BufferUnderflowException | IOException e) {
      throw new IllegalArgumentException("truncated body", e);
    }
  }

  /**
   * {@code header} with the PDF {@code encoded[at, at + length)} in {@code form}. The PDF is the
   * value's last field: it is read where it lies, copied out only when bytes follow it.
   */
  private static RenderedBody served(
      RenderedBody header, byte[] encoded, int at, int length, StreamCompression.Form form) {
    byte[] bytes = encoded;
    int base = at;
    if (at + length < encoded.length) {
      bytes = Arrays.copyOfRange(encoded, at, at + length);
      base = 0;
    }
    StreamCompression.Rewritten served =
        StreamCompression.rewrite(bytes, base, header.stampSites(), form);
    return new RenderedBody(
        header.subject(),
        header.sources(),
        header.renderedAt(),
        header.pageCount(),
        served != null ? served.pdf() : Arrays.copyOfRange(bytes, base, bytes.length),
        served != null ? served.sites() : header.stampSites());
  }

  private static void writeSite(DataOutputStream out, StampSites.Site site) throws IOException {
    writeInts(out, site.offsets());
    writeInts(out, site.weights());
    out.writeInt(site.adlerOffset());
  }

  private static StampSites.Site readSite(ByteBuffer in) {
    return new StampSites.Site(readInts(in), readInts(in), in.getInt());
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static int[] readInts(ByteBuffer in) {
    int[] values = new int[count(in, 4)];
    in.asIntBuffer().get(values);
    in.position(in.position() + 4 * values.length);
    return values;
  }

  /** A count of items of at least {@code size} bytes each, checked against what is left. */
  private static int count(ByteBuffer in, int size) {
    int count = in.getInt();
    if (count < 0 || count > in.remaining() / size) {
      throw new BufferUnderflowException();
    }
    return count;
  }

  /** A string as {@link DataOutputStream#writeUTF} writes it. */
  private static String readUtf(ByteBuffer in) throws IOException {
    int at = in.position();
    int length = in.getShort() & 0xFFFF;
    if (length > in.remaining()) {
      throw new BufferUnderflowException();
    }
    in.position(at + 2 + length);
    return DataInputStream.readUTF(
        new DataInputStream(new ByteArrayInputStream(in.array(), at, 2 + length)));
  }
}
