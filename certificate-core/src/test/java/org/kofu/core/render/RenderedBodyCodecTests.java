package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RenderedBodyCodecTests {

  @Test
  void decodedBodyStampsToTheSameBytesAsTheOriginal() {
    RenderedBody body = Rendering.DEFAULT.render(Fixtures.seal());

    byte[] encoded = RenderedBodyCodec.encode(body);
    RenderedBody decoded =
        RenderedBodyCodec.decode(body.subject(), body.sources(), body.renderedAt(), encoded);

    BodyStamper stamper = new BodyStamper();
    assertThat(decoded).isEqualTo(body);
    assertThat(decoded.pageCount()).isEqualTo(body.pageCount());
    assertThat(stamper.stamp(decoded, Fixtures.DAY, Rendering.NUMBER))
        .isEqualTo(stamper.stamp(body, Fixtures.DAY, Rendering.NUMBER));
  }

  @Test
  void theCachedFormHoldsThePdfWithItsStreamsInflatedAndDecodesToARenderedPdf() {
    RenderedBody body = Rendering.DEFAULT.render(Fixtures.tax());

    byte[] encoded = RenderedBodyCodec.encode(body);
    byte[] stamped =
        new BodyStamper()
            .stamp(
                RenderedBodyCodec.decode(
                    body.subject(), body.sources(), body.renderedAt(), encoded),
                Fixtures.DAY,
                Rendering.NUMBER);

    assertThat(encoded.length).isGreaterThan(body.pdf().length + 40_000);
    assertThat(stamped).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(Rendering.text(stamped))
        .isEqualTo(Rendering.text(new BodyStamper().stamp(body, Fixtures.DAY, Rendering.NUMBER)))
        .contains(Rendering.NUMBER);
  }

  @Test
  void valuesCachedInTheFirstFormatStayReadable() throws java.io.IOException {
    RenderedBody body = Rendering.DEFAULT.render(Fixtures.seal());

    RenderedBody decoded =
        RenderedBodyCodec.decode(
            body.subject(), body.sources(), body.renderedAt(), firstFormat(body));

    assertThat(decoded).isEqualTo(body);
    assertThat(new BodyStamper().stamp(decoded, Fixtures.DAY, Rendering.NUMBER))
        .isEqualTo(new BodyStamper().stamp(body, Fixtures.DAY, Rendering.NUMBER));
  }

  /** Format 1, as written before the streams were kept inflated: the PDF as rendered. */
  private static byte[] firstFormat(RenderedBody body) throws java.io.IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
      out.writeByte(1);
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
    }
    return bytes.toByteArray();
  }

  private static void writeSite(java.io.DataOutputStream out, StampSites.Site site)
      throws java.io.IOException {
    writeInts(out, site.offsets());
    writeInts(out, site.weights());
    out.writeInt(site.adlerOffset());
  }

  private static void writeInts(java.io.DataOutputStream out, int[] values)
      throws java.io.IOException {
    out.writeInt(values.length);
    for (int v : values) {
      out.writeInt(v);
    }
  }

  @Test
  void truncatedOrForeignBytesAreRefused() {
    RenderedBody body = Rendering.DEFAULT.render(Fixtures.seal());
    byte[] encoded = RenderedBodyCodec.encode(body);
    byte[] truncated = java.util.Arrays.copyOf(encoded, encoded.length / 2);
    byte[] foreign = "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertThatThrownBy(
            () ->
                RenderedBodyCodec.decode(
                    body.subject(), body.sources(), body.renderedAt(), truncated))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                RenderedBodyCodec.decode(
                    body.subject(), body.sources(), body.renderedAt(), foreign))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
