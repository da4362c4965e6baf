package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StreamExpansionTests {

  static Stream<RenderedBody> bodies() {
    return EmbeddedFontsTests.everyType().map(Rendering.DEFAULT::render);
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void restoringGivesTheRenderedBytesBack(RenderedBody body) {
    byte[] expanded = StreamExpansion.expand(body.pdf());

    assertThat(StreamExpansion.restore(expanded)).isEqualTo(body.pdf());
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void theFontProgramsLieInflatedInTheExpandedForm(RenderedBody body) {
    byte[] expanded = StreamExpansion.expand(body.pdf());

    // the table directory of a TrueType subset: readable only once the stream is inflated
    byte[] glyf = "glyf".getBytes(StandardCharsets.US_ASCII);
    byte[] hmtx = "hmtx".getBytes(StandardCharsets.US_ASCII);
    assertThat(BodyInspector.indexOf(body.pdf(), glyf, 0)).isNegative();
    assertThat(BodyInspector.indexOf(expanded, glyf, 0)).isNotNegative();
    assertThat(BodyInspector.indexOf(expanded, hmtx, 0)).isNotNegative();
    assertThat(expanded.length).isGreaterThan(body.pdf().length + 40_000);
  }

  @Test
  void aStreamThatDeflatesDifferentlyHereIsRefused() {
    RenderedBody body = Rendering.DEFAULT.render(Fixtures.seal());
    byte[] expanded = StreamExpansion.expand(body.pdf());
    // as if another zlib gave other bytes: the CRC-32 recorded for the first stream differs
    int crc = skipLength(expanded, firstInflatedSegment(expanded) + 2);
    byte[] otherBytes = expanded.clone();
    otherBytes[crc] ^= 1;

    assertThatThrownBy(() -> StreamExpansion.restore(otherBytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deflates differently");
  }

  @Test
  void truncatedOrForeignBytesAreRefused() {
    RenderedBody body = Rendering.DEFAULT.render(Fixtures.seal());
    byte[] expanded = StreamExpansion.expand(body.pdf());

    assertThatThrownBy(() -> StreamExpansion.restore(Arrays.copyOf(expanded, expanded.length / 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StreamExpansion.restore(body.pdf()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Where the first segment of tag 1 starts: after the header, skip verbatim segments. */
  private static int firstInflatedSegment(byte[] expanded) {
    int at = 2;
    while (expanded[at] == 0) {
      at = skipLength(expanded, at + 1);
      at += length(expanded, at - 1);
    }
    assertThat(expanded[at]).isEqualTo((byte) 1);
    return at;
  }

  /** Past the LEB128 length at {@code at}. */
  private static int skipLength(byte[] bytes, int at) {
    int i = at;
    while ((bytes[i] & 0x80) != 0) {
      i++;
    }
    return i + 1;
  }

  /** The LEB128 length that ends at {@code last}. */
  private static int length(byte[] bytes, int last) {
    int first = last;
    while (first > 0 && (bytes[first - 1] & 0x80) != 0) {
      first--;
    }
    int value = 0;
    for (int i = last; i >= first; i--) {
      value = value << 7 | (bytes[i] & 0x7F);
    }
    return value;
  }
}
