package org.kofu.core.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;

/**
 * The bytes of a rendered body as the cache stores them: where its placeholders are, and the PDF
 * with its deflated streams inflated ({@link StreamExpansion}), so that the cache's zstd dictionary
 * finds the template's and the fonts' bytes in every body. Decoding deflates them again into the
 * very PDF that was rendered. The subject, the source versions and the rendering time travel beside
 * them in the cache entry, so that the cache can check them without decoding this.
 *
 * <p>Format 1 (the PDF as rendered) is still read, so values cached before format 2 stay usable.
 */
public final class RenderedBodyCodec {

  private static final int FORMAT_PDF = 1;
  private static final int FORMAT_EXPANDED = 2;

  private RenderedBodyCodec() {}

  public static byte[] encode(RenderedBody body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.pdf().length + 1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(FORMAT_EXPANDED);
      out.writeInt(body.pageCount());
      StampSites sites = body.stampSites();
      writeInts(out, sites.glyphIds());
      out.writeInt(sites.numbers().size());
      for (StampSites.Site site : sites.numbers()) {
        writeSite(out, site);
      }
      writeSite(out, sites.date());
      writeSite(out, sites.reserve());
      byte[] expanded = StreamExpansion.expand(body.pdf());
      out.writeInt(expanded.length);
      out.write(expanded);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * @throws IllegalArgumentException when the bytes are no body, or this process's zlib deflates
   *     its streams differently than the one that encoded it (answer a miss and render again)
   */
  public static RenderedBody decode(
      CertificateSubject subject, SourceVersions sources, Instant renderedAt, byte[] encoded) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      int format = in.readUnsignedByte();
      if (format != FORMAT_PDF && format != FORMAT_EXPANDED) {
        throw new IllegalArgumentException("unknown body format " + format);
      }
      int pages = in.readInt();
      int[] glyphIds = readInts(in);
      int count = in.readInt();
      List<StampSites.Site> numbers = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        numbers.add(readSite(in));
      }
      StampSites sites = new StampSites(glyphIds, numbers, readSite(in), readSite(in));
      byte[] pdf = new byte[in.readInt()];
      in.readFully(pdf);
      if (format == FORMAT_EXPANDED) {
        pdf = StreamExpansion.restore(pdf);
      }
      return new RenderedBody(subject, sources, renderedAt, pages, pdf, sites);
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
