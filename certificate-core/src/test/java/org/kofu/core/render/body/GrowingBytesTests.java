package org.kofu.core.render.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GrowingBytesTests {

  @Test
  void numbersAreWrittenAsIntegerToStringWritesThem() {
    GrowingBytes bytes = new GrowingBytes(4);
    int[] values = {0, 7, 9, 10, 99, 100, 65_535, 1_000_000, Integer.MAX_VALUE};

    StringBuilder expected = new StringBuilder();
    for (int value : values) {
      bytes.putDecimal(value);
      expected.append(value);
    }

    assertThat(new String(bytes.bytes(), 0, bytes.size(), StandardCharsets.US_ASCII))
        .isEqualTo(expected.toString());
  }

  @Test
  void aCrossReferenceOffsetIsTenDigitsZeroPadded() {
    byte[] entry = new byte[12];

    for (int value : new int[] {0, 9, 12_345, 2_147_483_647}) {
      Decimal.write(entry, 1, value, 10);
      assertThat(new String(entry, 1, 10, StandardCharsets.US_ASCII))
          .isEqualTo("%010d".formatted(value));
    }
    assertThatThrownBy(() -> Decimal.write(entry, 0, 100, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void growingKeepsWhatWasWritten() {
    GrowingBytes bytes = new GrowingBytes(2);
    byte[] data = new byte[10_000];
    Arrays.fill(data, (byte) 'x');

    bytes.put('a');
    bytes.put(data, 0, data.length);
    bytes.putInt(0x01020304);

    assertThat(bytes.size()).isEqualTo(10_005);
    assertThat(bytes.bytes()[0]).isEqualTo((byte) 'a');
    assertThat(Arrays.copyOfRange(bytes.bytes(), 10_001, 10_005)).containsExactly(1, 2, 3, 4);
  }
}
