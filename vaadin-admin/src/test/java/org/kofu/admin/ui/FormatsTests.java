package org.kofu.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTests {

  @Test
  void bytesAreShownInTheLargestBinaryUnitWithOneDecimal() {
    assertThat(Formats.bytes(0)).isEqualTo("0 B");
    assertThat(Formats.bytes(1023)).isEqualTo("1023 B");
    assertThat(Formats.bytes(1536)).isEqualTo("1.5 KiB");
    assertThat(Formats.bytes(5L * 1024 * 1024 + 300 * 1024)).isEqualTo("5.3 MiB");
    assertThat(Formats.bytes(2L * 1024 * 1024 * 1024)).isEqualTo("2.0 GiB");
  }
}
