package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RelayCostsTests {

  @Test
  void bothCostsAreDividedByTheTransactions() {
    RelayCosts costs = new RelayCosts(12_345.0, 2_500.0, OptionalLong.of(9_001), 1_000);

    assertThat(costs.lines())
        .containsExactly(
            "relay jit compilation ms/transaction: 2.50   (mostly within the cpu figure)",
            "relay cpu ms/transaction: 12.35",
            "relay db statements/transaction: 9.0");
  }

  @Test
  void aFigureNotReadIsSaidToBeMissingNotGuessed() {
    RelayCosts costs = new RelayCosts(Double.NaN, Double.NaN, OptionalLong.empty(), 1_000);

    assertThat(costs.lines())
        .containsExactly(
            "relay jit compilation ms/transaction: n/a (a relay's compilation time was not read)",
            "relay cpu ms/transaction: n/a (a relay's CPU time was not read)",
            "relay db statements/transaction: n/a (pg_stat_statements was not read)");
  }
}
