package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTests {

  @Test
  void theSlowestOnePercentSlowestFirst() {
    Latencies hits = new Latencies();
    for (int i = 1; i <= 2500; i++) {
      hits.add("r" + i, i * 100_000L);
    }

    assertThat(hits.slowest(0.001))
        .extracting(Latencies.Hit::requestId)
        .containsExactly("r2500", "r2499", "r2498");
    assertThat(hits.slowest(0.001).get(0).ms()).isEqualTo(250.0);
    assertThat(hits.percentileMs(100)).isEqualTo(250.0);
    assertThat(hits.percentileMs(50)).isEqualTo(125.0);
  }

  @Test
  void oneAtLeastWhenThereWereAny() {
    Latencies hits = new Latencies();
    assertThat(hits.slowest(0.01)).isEmpty();
    assertThat(hits.percentileMs(99)).isZero();

    hits.add("only", 5_000_000L);
    assertThat(hits.slowest(0.01)).extracting(Latencies.Hit::requestId).containsExactly("only");
  }
}
