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

  @ParameterizedTest
  @MethodSource("bodies")
  void trustedStreamsRestoreToTheRenderedBytes(RenderedBody body) {
    // trusted from the start and never sampled: the fastest level is taken without deflating again
    ReproducibilityCheck trusting = new ReproducibilityCheck(0, Integer.MAX_VALUE);
    byte[] expanded = StreamExpansion.expand(body.pdf(), trusting);

    assertThat(StreamExpansion.restore(expanded)).isEqualTo(body.pdf());
    assertThat(expanded.length).isGreaterThan(body.pdf().length + 40_000);
  }

  @Test
  void aTrustedStreamThatDoesNotReproduceIsRefusedAtRestoreNeverRestoredWrong() {
    // fastest-level header, but flushed midway: inflates fine, deflating again gives other bytes
    byte[] pdf = pdfWithStream(deflatedWithAFlush(sampleRaw()));
    ReproducibilityCheck trusting = new ReproducibilityCheck(0, Integer.MAX_VALUE);

    byte[] trusted = StreamExpansion.expand(pdf, trusting);

    assertThat(trusted.length).isGreaterThan(pdf.length);
    assertThatThrownBy(() -> StreamExpansion.restore(trusted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deflates differently");
  }

  @Test
  void aCheckedStreamThatDoesNotReproduceStaysAsItIsAndBringsBackCheckingEveryStream() {
    byte[] pdf = pdfWithStream(deflatedWithAFlush(sampleRaw()));
    ReproducibilityCheck check = new ReproducibilityCheck(2, Integer.MAX_VALUE);
    byte[] good = pdfWithStream(deflated(sampleRaw()));
    StreamExpansion.expand(good, check);
    StreamExpansion.expand(good, check);
    assertThat(check.mustCheck(7)).isFalse();

    check.failed();
    byte[] expanded = StreamExpansion.expand(pdf, check);

    assertThat(check.mustCheck(7)).isTrue();
    assertThat(StreamExpansion.restore(expanded)).isEqualTo(pdf);
    assertThat(StreamExpansion.restore(StreamExpansion.expand(good, check))).isEqualTo(good);
  }

  @Test
  void checksEveryStreamUntilEnoughReproducedThenASampleAndAllAgainAfterAMismatch() {
    ReproducibilityCheck check = new ReproducibilityCheck(3, 4);
    assertThat(check.mustCheck(1)).isTrue();
    check.reproduced();
    check.reproduced();
    assertThat(check.mustCheck(1)).isTrue();
    check.reproduced();

    assertThat(check.mustCheck(1)).isFalse();
    assertThat(check.mustCheck(8)).isTrue();
    assertThat(check.mustCheck(-4)).isTrue();

    check.failed();
    assertThat(check.mustCheck(1)).isTrue();
  }

  private static byte[] sampleRaw() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      text.append("glyph ").append(i * 7919 % 1000).append(' ');
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] deflated(byte[] raw) {
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
    deflater.setInput(raw);
    deflater.finish();
    byte[] out = new byte[raw.length + 64];
    int n = deflater.deflate(out);
    deflater.end();
    return Arrays.copyOf(out, n);
  }

  private static byte[] deflatedWithAFlush(byte[] raw) {
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
    byte[] out = new byte[raw.length + 64];
    deflater.setInput(raw, 0, raw.length / 2);
    int n = deflater.deflate(out, 0, out.length, java.util.zip.Deflater.SYNC_FLUSH);
    deflater.setInput(raw, raw.length / 2, raw.length - raw.length / 2);
    deflater.finish();
    n += deflater.deflate(out, n, out.length - n);
    deflater.end();
    assertThat(Arrays.copyOf(out, 2)).containsExactly(0x78, 0x01);
    return Arrays.copyOf(out, n);
  }

  private static byte[] pdfWithStream(byte[] zlib) {
    byte[] head =
        "%PDF-1.4\n1 0 obj\n<</Length 0/Filter/FlateDecode>>stream\n"
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    byte[] pdf = Arrays.copyOf(head, head.length + zlib.length + tail.length);
    System.arraycopy(zlib, 0, pdf, head.length, zlib.length);
    System.arraycopy(tail, 0, pdf, head.length + zlib.length, tail.length);
    return pdf;
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
