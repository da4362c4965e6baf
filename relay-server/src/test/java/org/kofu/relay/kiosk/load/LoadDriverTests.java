package org.kofu.relay.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.TestLegacy;

/** The load driver against a relay node over HTTP: a short run, every body checked. */
class LoadDriverTests {

  @Test
  void aShortRunIssuesCheckedCertificatesFromTheCacheAndOnDemand() throws Exception {
    List<String> people = new PersonSnapshots(TestLegacy.dataSource()).issuableAdults(40);
    assertThat(people).hasSizeGreaterThan(10);
    try (RelayNode relay = RelayNode.start(5, Map.of())) {
      LoadReport report =
          LoadDriver.run(
              LoadPlan.standard(
                      List.of(relay.url()),
                      null,
                      TestLegacy.dataSource(),
                      people,
                      6,
                      Duration.ofSeconds(8),
                      Duration.ofMillis(40))
                  .withChangeShare(0.25));
      report.summary().forEach(line -> assertThat(line).doesNotContain(people));

      String summary = String.join("\n", report.summary());
      assertThat(report.errors()).as(summary).isZero();
      assertThat(report.issued()).as(summary).isGreaterThan(10);
      assertThat(report.changes()).isEqualTo(10);
      assertThat(report.cacheHits().count() + report.onDemand().count()).isEqualTo(report.issued());
      assertThat(report.wrongPerson()).isZero();
      assertThat(report.stale()).isZero();
    }
  }
}
