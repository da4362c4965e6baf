package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.kiosk.load.HostSteal.Sample;

class HostStealTests {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void readsTheStealTicksOfAllCoresFromTheFirstLineOfProcStat() {
    assertThat(HostSteal.stealTicks("cpu  4705 356 584 3699 23 0 12 917 0 0")).contains(917L);
    assertThat(HostSteal.stealTicks("cpu0 4705 356 584 3699 23 0 12 917 0 0")).isEmpty();
    assertThat(HostSteal.stealTicks("cpu  4705 356 584")).as("a kernel without steal").isEmpty();
  }

  @Test
  void reportsTheMeanAndTheWorstIntervalInCores() {
    // 100 ticks a second per core: 50 ticks over 5 s are a tenth of a core
    List<Sample> samples =
        List.of(
            new Sample(0, 1_000),
            new Sample(5 * SECOND, 1_050),
            new Sample(10 * SECOND, 1_200),
            new Sample(15 * SECOND, 1_200));

    assertThat(HostSteal.line(samples))
        .contains(
            "load: host steal in the counted part: 0.13 cores on average, at most 0.30 over 5 s");
    assertThat(HostSteal.line(samples.subList(0, 1))).isEmpty();
  }

  @Test
  void measuresThisHostWhereItHasAProcStat() throws Exception {
    var line = HostSteal.measure(Duration.ZERO, Duration.ofMillis(200));

    assertThat(line.isPresent()).isEqualTo(Files.isReadable(HostSteal.STAT));
    line.ifPresent(l -> assertThat(l).matches("load: host steal in the counted part: .* over 5 s"));
  }
}
