package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RelayCostsTests {

  @Test
  void everyCostIsDividedByTheTransactions() {
    RelayCosts costs =
        new RelayCosts(12_345.0, 2_500.0, 310.0, OptionalLong.of(9_001), 1_000, List.of());

    assertThat(costs.lines())
        .containsExactly(
            "relay jit cpu ms/transaction: 0.31   (compiler threads, within the cpu figure;"
                + " 2.50 ms compiling)",
            "relay cpu ms/transaction: 12.35",
            "relay db statements/transaction: 9.0");
  }

  @Test
  void aFigureNotReadIsSaidToBeMissingNotGuessed() {
    RelayCosts costs =
        new RelayCosts(Double.NaN, Double.NaN, Double.NaN, OptionalLong.empty(), 1_000, List.of());

    assertThat(costs.lines())
        .containsExactly(
            "relay jit cpu ms/transaction: n/a (the relays' threads were not read;"
                + " compiling time not read)",
            "relay cpu ms/transaction: n/a (a relay's CPU time was not read)",
            "relay db statements/transaction: n/a (pg_stat_statements was not read)");
  }

  @Test
  void theCompilingTimeIsGivenWhenTheThreadsWereNotRead() {
    RelayCosts costs =
        new RelayCosts(6_000.0, 1_600.0, Double.NaN, OptionalLong.of(5_900), 1_000, List.of());

    assertThat(costs.lines().get(0))
        .isEqualTo(
            "relay jit cpu ms/transaction: n/a (the relays' threads were not read;"
                + " 1.60 ms compiling)");
  }

  @Test
  void inAnAbRunEachRelaysCpuIsDividedByTheTransactionsItAnswered() {
    RelayCosts costs =
        new RelayCosts(
            11_000.0,
            2_000.0,
            300.0,
            OptionalLong.of(6_000),
            2_000,
            List.of(
                new RelayCosts.PerRelay(6_000.0, 400.0, 1_000),
                new RelayCosts.PerRelay(5_000.0, 300.0, 1_000)));

    assertThat(costs.lines())
        .containsExactly(
            "relay jit cpu ms/transaction: 0.15   (compiler threads, within the cpu figure;"
                + " 1.00 ms compiling)",
            "relay cpu ms/transaction: 5.50",
            "relay cpu ms/transaction by relay:   relay1 6.00 (1000)   relay2 5.00 (1000)"
                + "   relay2/relay1 0.83   less the JIT compilers:   relay1 5.60   relay2 4.70"
                + "   relay2/relay1 0.84",
            "relay db statements/transaction: 3.0");
  }

  @Test
  void aRelayNotReadOrWithoutTransactionsHasNoFigure() {
    RelayCosts costs =
        new RelayCosts(
            Double.NaN,
            Double.NaN,
            Double.NaN,
            OptionalLong.empty(),
            1_000,
            List.of(
                new RelayCosts.PerRelay(Double.NaN, Double.NaN, 600),
                new RelayCosts.PerRelay(3_000.0, Double.NaN, 0)));

    assertThat(costs.lines().get(2))
        .isEqualTo(
            "relay cpu ms/transaction by relay:   relay1 n/a (600)   relay2 n/a (0)"
                + "   relay2/relay1 n/a");
  }

  @Test
  void oneRelayHasNoLineOfItsOwn() {
    RelayCosts costs =
        new RelayCosts(
            5_000.0,
            0.0,
            0.0,
            OptionalLong.of(6_000),
            1_000,
            List.of(new RelayCosts.PerRelay(5_000.0, 100.0, 1_000)));

    assertThat(costs.lines()).noneMatch(line -> line.contains("by relay"));
  }
}
