package org.kofu.core.render.font;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.ClosedByInterruptException;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The relay cancels a rendering past its budget by interrupting its thread; an interrupted read of
 * IPAmj's file closes the file's channel for every thread. The font opens it again: one abandoned
 * MJ certificate must not leave the process unable to print any other.
 */
class MjFontInterruptTests {

  @Test
  void aReadInterruptedByACancelledRenderingLeavesTheFontReadableForTheNextCertificate() {
    MjFont mj = MjFont.shared();
    SortedMap<Integer, Integer> abandoned = new TreeMap<>();
    abandoned.put(0x4F02, mj.glyph(0x4F02, 0)); // 伂 alone: a subset no other test makes
    SortedMap<Integer, Integer> next = new TreeMap<>();
    next.put(0x5002, mj.glyph(0x5002, 0)); // 倂 alone

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> mj.subset(abandoned))
          .hasRootCauseInstanceOf(ClosedByInterruptException.class);
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }

    assertThat(mj.subset(next)).isNotEmpty();
    assertThat(mj.subset(abandoned)).isNotEmpty();
  }
}
