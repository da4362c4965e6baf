package org.kofu.core.legacy.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadMemoTests {

  private final AtomicInteger reads = new AtomicInteger();

  private Optional<String> resident(long atenaNo) {
    return ReadMemo.remember(
        "resident", List.of(atenaNo), () -> Optional.of(atenaNo + "#" + reads.incrementAndGet()));
  }

  @Test
  void withoutAnOpenMemoEveryReadGoesToTheDatabase() {
    assertThat(resident(1)).isNotEqualTo(resident(1));
    assertThat(reads).hasValue(2);
  }

  @Test
  void inAnOpenMemoARepeatedReadIsAnsweredWithTheFirstRowsAndOthersAreRead() {
    try (ReadMemo memo = ReadMemo.open()) {
      Optional<String> first = resident(1);

      assertThat(resident(1)).isSameAs(first);
      assertThat(resident(2)).contains("2#2");
      assertThat(
              ReadMemo.remember(
                  "household", List.of(1L), () -> "household#" + reads.incrementAndGet()))
          .as("another query with the same parameters")
          .isEqualTo("household#3");
    }
    assertThat(resident(1)).as("after closing").contains("1#4");
  }

  @Test
  void anInnerOpenGoesOnWithTheOuterMemoAndClosingItKeepsTheOuterOneOpen() {
    try (ReadMemo outer = ReadMemo.open()) {
      Optional<String> first = resident(1);
      try (ReadMemo inner = ReadMemo.open()) {
        assertThat(resident(1)).isSameAs(first);
      }
      assertThat(resident(1)).isSameAs(first);
    }
    assertThat(reads).hasValue(1);
  }

  @Test
  void aMemoIsThisThreadsOnly() throws Exception {
    try (ReadMemo memo = ReadMemo.open()) {
      resident(1);
      Thread other = new Thread(() -> resident(1));
      other.start();
      other.join();
    }
    assertThat(reads).hasValue(2);
  }
}
