package org.kofu.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadReportTests {

  @Test
  void eachRelaysCacheHitsAndTransactionsAreKeptApart() {
    LoadReport report = new LoadReport();
    for (int i = 1; i <= 100; i++) {
      report.answeredBy(0);
      report.issued("a" + i, "JUMINHYO", "CACHE", 0, i * 1_000_000L, Verdict.RIGHT, "a");
      report.answeredBy(1);
      report.issued("b" + i, "JUMINHYO", "CACHE", 1, i * 2_000_000L, Verdict.RIGHT, "b");
    }
    report.answeredBy(1);
    report.issued("c", "JUMINHYO", "ON_DEMAND", 1, 5_000_000L, Verdict.RIGHT, "c");
    report.answeredBy(0);
    report.refusal();
    report.finish(60, 0, 0);

    assertThat(report.transactionsByRelay()).isEqualTo(Map.of(0, 101L, 1, 101L));
    List<String> summary = report.summary();
    assertThat(summary)
        .contains(
            "relay cache-hit p50/p99 ms by relay:   relay1 50.0/99.0 (100)"
                + "   relay2 100.0/198.0 (100)");
    // the bench's last four lines stay last
    assertThat(summary.get(summary.size() - 4)).startsWith("relay requests/s: ");
  }

  @Test
  void withOneRelayThereIsNoLinePerRelay() {
    LoadReport report = new LoadReport();
    report.answeredBy(0);
    report.issued("a", "JUMINHYO", "CACHE", 0, 1_000_000L, Verdict.RIGHT, "a");
    report.finish(60, 0, 0);

    assertThat(report.summary()).noneMatch(line -> line.contains("by relay"));
  }

  @Test
  void theExistingSystemsCacheHitsAreKeptApartFromTheRenderedOnes() {
    LoadReport report = new LoadReport();
    for (int i = 1; i <= 100; i++) {
      report.issued("a" + i, "JUMINHYO", "CACHE", 0, i * 1_000_000L, Verdict.RIGHT, "a");
      report.issued("b" + i, "INKAN", "CACHE", 1, i * 3_000_000L, Verdict.RIGHT, "b");
      report.issued("c" + i, "KOSEKI_FUHYO", "CACHE", 1, i * 5_000_000L, Verdict.RIGHT, "c");
    }
    report.issued("d", "INKAN", "ON_DEMAND", 0, 900_000_000L, Verdict.RIGHT, "d");
    report.finish(60, 0, 0);

    assertThat(report.cacheHitsBySourceLine(Set.of("INKAN", "KOSEKI_FUHYO")))
        .isEqualTo(
            "relay cache-hit p50/p99 ms by source: rendered 50.0/99.0 (100)"
                + "   existing system 189.0/490.0 (200)");
    assertThat(report.cacheHitsBySourceLine(Set.of()))
        .isEqualTo(
            "relay cache-hit p50/p99 ms by source: rendered 99.0/485.0 (300)"
                + "   existing system 0.0/0.0 (0)");
  }
}
