package org.kofu.batch.delta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WatermarksTests {

  static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
  static final Duration HORIZON = Duration.ofMinutes(10);

  @Test
  void contiguousSeenSeqsMoveTheLowWatermark() {
    var seen = seen(11, NOW, 12, NOW, 13, NOW);
    assertThat(Watermarks.advance(10, seen, NOW, HORIZON)).isEqualTo(13);
  }

  @Test
  void aRecentGapHoldsTheWatermarkBelowIt() {
    // seq 12 may belong to a transaction that has not committed yet
    var seen = seen(11, NOW, 13, NOW, 14, NOW);
    assertThat(Watermarks.advance(10, seen, NOW, HORIZON)).isEqualTo(11);
  }

  @Test
  void aGapOlderThanTheHorizonIsGivenUp() {
    Instant old = NOW.minus(Duration.ofMinutes(11));
    var seen = seen(11, old, 13, old, 14, NOW);
    assertThat(Watermarks.advance(10, seen, NOW, HORIZON)).isEqualTo(14);
  }

  private static TreeMap<Long, Instant> seen(Object... pairs) {
    TreeMap<Long, Instant> seen = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      seen.put(((Integer) pairs[i]).longValue(), (Instant) pairs[i + 1]);
    }
    return seen;
  }
}
