package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kofu.kiosk.load.PhaseMetrics;
import org.kofu.relay.freshness.BodySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The steps as Prometheus exports them, and as the load driver reads them back. */
@ExtendWith(OutputCaptureExtension.class)
class IssuancePhasesTests {

  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  @Test
  void theLoadDriverReadsTheStepsFromTheRelaysScrape() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    IssuancePhases phases = new IssuancePhases(registry, Duration.ofSeconds(1));
    PhaseMetrics before = PhaseMetrics.parse(registry.scrape());

    // gate 1 ms, person 2, body 3, stamp 4, commit 30: 40 ms in all
    phases.record("r", BodySource.CACHE, 0, new long[] {MS, 3 * MS, 6 * MS, 10 * MS, 40 * MS, 0});
    phases.record("r", BodySource.CACHE, 0, new long[] {MS, 2 * MS, 3 * MS, 4 * MS, 5 * MS, 0});

    assertThat(registry.scrape())
        .contains("kofu_relay_issuance_phase_seconds_bucket{")
        .containsPattern("phase=\"commit\",source=\"cache\"");
    assertThat(PhaseMetrics.parse(registry.scrape()).linesSince(before))
        .containsExactly(
            "relay steps, cache (2 issuances), mean ms: gate 1.00 person 1.50 body 2.00"
                + " stamp 2.50 commit 15.50 all 22.50",
            "relay steps, cache, share over 20 ms: gate 0.00% person 0.00% body 0.00%"
                + " stamp 0.00% commit 50.00% all 50.00%");
  }

  @Test
  void anIssuanceSlowerThanTheThresholdIsLoggedWithItsStepsAndNothingElse(CapturedOutput output) {
    IssuancePhases phases = new IssuancePhases(new SimpleMeterRegistry(), Duration.ofMillis(20));

    phases.record(
        "fast-1", BodySource.CACHE, 0, new long[] {MS, 2 * MS, 3 * MS, 4 * MS, 20 * MS, 0});
    phases.record(
        "slow-1", BodySource.ON_DEMAND, 0, new long[] {MS, 3 * MS, 6 * MS, 10 * MS, 40 * MS, 0});

    assertThat(output.getOut())
        .contains(
            "slow issuance slow-1 from on_demand, ms: gate 1.0 person 2.0 body 3.0 stamp 4.0"
                + " commit 30.0 all 40.0")
        .doesNotContain("fast-1");
  }

  @Test
  void stepsArePrintedInTenthsOfAMillisecondRoundedHalfUpAsFormatDid() {
    long[] nanos = {0, 49_999, 50_000, 1_949_999, 1_950_000, 40 * MS, 123_456_789, -150_000};
    for (long n : nanos) {
      StringBuilder printed = new StringBuilder();
      IssuancePhases.appendTenths(printed, n);
      assertThat(printed.toString())
          .as("%d ns", n)
          .isEqualTo(
              String.format(
                  Locale.ROOT,
                  "%.1f",
                  new BigDecimal(n).movePointLeft(6).setScale(1, RoundingMode.HALF_UP)));
    }
  }
}
