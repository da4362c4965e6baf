package org.kofu.core.render.body;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      int format = in.readUnsignedByte();
      if (format != FORMAT_SUBJECT_RECORDED && format != FORMAT_GLYPHS_STORED) {
        throw new IllegalArgumentException("unknown body format " + format);
      }
      CertificateSubject subject = CertificateSubject.parse(in.readUTF());
      int pages = in.readInt();
      int[] glyphIds = readInts(in);
      int count = in.readInt();
      List<StampSites.Site> numbers = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        numbers.add(readSite(in));
      }
      StampSites sites = new StampSites(glyphIds, numbers, readSite(in), readSite(in));
      int length = in.readInt();
      if (length < 0 || length > encoded.length) {
        throw new IllegalArgumentException("corrupt body length");
      }
      if (length > in.available()) {
        throw new IllegalArgumentException("truncated body");
      }
      // the PDF is the value's last field: read where it lies, copied only if bytes follow it
      byte[] bytes = encoded;
      int base = encoded.length - in.available();
      if (length < in.available()) {
        bytes = Arrays.copyOfRange(encoded, base, base + length);
        base = 0;
      }
      StreamCompression.Rewritten served =
          StreamCompression.rewrite(
              bytes,
              base,
              sites,
              format == FORMAT_GLYPHS_STORED
                  ? StreamCompression.Form.GLYPHS_STORED
                  : StreamCompression.Form.DEFLATED);
      return served != null
          ? new RenderedBody(subject, sources, renderedAt, pages, served.pdf(), served.sites())
          : new RenderedBody(
              subject,
              sources,
              renderedAt,
              pages,
              Arrays.copyOfRange(bytes, base, bytes.length),
              sites);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated body", e);
    }
  }

  private static void writeSite(DataOutputStream out, StampSites.Site site) throws IOException {
    writeInts(out, site.offsets());
    writeInts(out, site.weights());
    out.writeInt(site.adlerOffset());
  }

  private static StampSites.Site readSite(DataInputStream in) throws IOException {
    return new StampSites.Site(readInts(in), readInts(in), in.readInt());
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int[] values = new int[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }
}
