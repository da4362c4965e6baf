package org.kofu.bench.pregenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LagFiguresTests {

  @Test
  void everyChangeFreshGivesTheP99OfTheLagsAndNoneMissing() {
    List<Long> lags = new ArrayList<>(LongStream.rangeClosed(1, 1000).boxed().toList());
    java.util.Collections.shuffle(lags, new java.util.Random(7));

    assertThat(new LagFigures(lags, 1000).lines())
        .containsExactly("delta lag p99 ms: 990", "delta lag missing: 0");
  }

  @Test
  void changesThatNeverBecameFreshArePrintedAndCountAsInfiniteInTheP99() {
    List<Long> lags = LongStream.rangeClosed(1, 980).boxed().toList();

    LagFigures figures = new LagFigures(lags, 1000);

    assertThat(figures.missing()).isEqualTo(20);
    assertThat(figures.lines())
        .containsExactly("delta lag p99 ms: infinite", "delta lag missing: 20");
  }

  @Test
  void fewMissingChangesBeyondThePercentileLeaveAFiniteP99ButAreStillCounted() {
    List<Long> lags = LongStream.rangeClosed(1, 995).boxed().toList();

    assertThat(new LagFigures(lags, 1000).lines())
        .containsExactly("delta lag p99 ms: 990", "delta lag missing: 5");
  }
}
