package org.kofu.core.render.body;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;

/**
 * {@link RenderedBodyCodec#decode} as it was before issue 28's allocation work (main at 0e0d8d0),
 * on {@link PreviousStreamCompression}: the reference the current decoding is compared with, byte
 * for byte in the tests and for CPU and allocation in {@code ops/bench}'s {@code CachedFormProbe}.
 */
public final class PreviousBodyCodec {

  private PreviousBodyCodec() {}

  public static RenderedBody decode(SourceVersions sources, Instant renderedAt, byte[] encoded) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      int format = in.readUnsignedByte();
      if (format != 4 && format != 5) {
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
      byte[] pdf = new byte[length];
      in.readFully(pdf);
      return PreviousStreamCompression.rewrite(
          new RenderedBody(subject, sources, renderedAt, pages, pdf, sites),
          format == 5
              ? PreviousStreamCompression.Form.GLYPHS_STORED
              : PreviousStreamCompression.Form.DEFLATED);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated body", e);
    }
  }

  /** {@code StreamCompression.store} as it was: the cache's form of a body's PDF. */
  public static RenderedBody store(RenderedBody body) {
    return PreviousStreamCompression.store(body);
  }

  private static StampSites.Site readSite(DataInputStream in) throws IOException {
    return new StampSites.Site(readInts(in), readInts(in), in.readInt());
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int[] values = new int[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }
}
