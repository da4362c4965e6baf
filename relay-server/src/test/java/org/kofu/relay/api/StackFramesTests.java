package org.kofu.relay.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackFramesTests {

  @Test
  void typesAndFramesOfEveryCauseWithoutAnyMessage() {
    IllegalStateException e =
        new IllegalStateException(
            "山田太郎 of 函館市", new IllegalArgumentException("住民票コード 12345678901"));

    String text = StackFrames.of(e);

    assertThat(text)
        .startsWith("java.lang.IllegalStateException\n\tat ")
        .contains("caused by java.lang.IllegalArgumentException")
        .contains("StackFramesTests.typesAndFramesOfEveryCauseWithoutAnyMessage")
        .doesNotContain("山田")
        .doesNotContain("函館")
        .doesNotContain("12345678901");
  }
}
