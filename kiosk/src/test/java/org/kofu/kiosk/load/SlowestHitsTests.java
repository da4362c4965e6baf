package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlowestHitsTests {

  @Test
  void theSlowestOnePercentSlowestFirst() {
    SlowestHits hits = new SlowestHits();
    for (int i = 1; i <= 250; i++) {
      hits.add("r" + i, i * 1_000_000L);
    }

    assertThat(hits.slowest(0.01))
        .extracting(SlowestHits.Hit::requestId)
        .containsExactly("r250", "r249", "r248");
    assertThat(hits.slowest(0.01).get(0).ms()).isEqualTo(250.0);
  }

  @Test
  void oneHitAtLeastWhenThereWereAny() {
    SlowestHits hits = new SlowestHits();
    assertThat(hits.slowest(0.01)).isEmpty();

    hits.add("only", 5_000_000L);
    assertThat(hits.slowest(0.01)).extracting(SlowestHits.Hit::requestId).containsExactly("only");
  }
}
