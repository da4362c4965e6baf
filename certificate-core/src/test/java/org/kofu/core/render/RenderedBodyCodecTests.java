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
