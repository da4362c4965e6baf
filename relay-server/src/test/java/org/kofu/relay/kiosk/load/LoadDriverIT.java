package org.kofu.relay.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.kiosk.load.Latencies;
import org.kofu.kiosk.load.LoadDriver;
import org.kofu.kiosk.load.LoadPlan;
import org.kofu.kiosk.load.LoadReport;
import org.kofu.kiosk.load.PersonSnapshots;
import org.kofu.kiosk.load.RefusalCase;
import org.kofu.kiosk.load.RefusalCases;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.TestLegacy;
import org.springframework.jdbc.core.JdbcTemplate;

/** The load driver against a relay node over HTTP: a short run, every body checked. */
class LoadDriverIT {

  @Test
  void aShortRunIssuesCheckedCertificatesFromTheCacheAndOnDemand() throws Exception {
    List<String> people = new PersonSnapshots(TestLegacy.dataSource()).issuableAdults(40);
    assertThat(people).hasSizeGreaterThan(10);
    try (RelayNode relay = RelayNode.start(5, Map.of())) {
      LoadPlan plan =
          LoadPlan.standard(
                  List.of(relay.url()),
                  null,
                  TestLegacy.dataSource(),
                  people,
                  6,
                  Duration.ofSeconds(8),
                  Duration.ofMillis(40))
              .withRefusalsAsOf(TestLegacy.TODAY)
              .withChangeShare(0.25);
      assertThat(plan.refusals()).extracting(RefusalCase::kind).contains("under age");
      // more of them than the standard 3%, so that a short run on a busy machine has some
      LoadReport report = LoadDriver.run(plan.withRefusals(plan.refusals(), 0.2));
      report.summary().forEach(line -> assertThat(line).doesNotContain(people));

      String summary = String.join("\n", report.summary());
      assertThat(report.errors()).as(summary).isZero();
      assertThat(report.issued()).as(summary).isGreaterThan(10);
      assertThat(report.changes()).isEqualTo(10);
      assertThat(report.cacheHits().count() + report.onDemand().count()).isEqualTo(report.issued());
      assertSlowestHitsAndTransactions(report);
      assertThat(report.wrongPerson()).isZero();
      assertThat(report.stale()).isZero();
      assertThat(report.warmUp()).isEmpty();
      assertThat(summary).doesNotContain("warm-up");
      // the standard mix asks for what must be refused too; each refusal was the right one
      assertThat(report.refusedAsExpected()).as(summary).isPositive();
      assertThat(summary)
          .contains("load: %d refused as they must be".formatted(report.refusedAsExpected()));

      // a certificate for a request that had to be refused is a wrong answer
      RefusalCase notRefused =
          new RefusalCase(people.get(0), RefusalCases.OWN_JUMINHYO, "ISSUANCE_RESTRICTED", "test");
      LoadReport wrong =
          LoadDriver.run(
              LoadPlan.standard(
                      List.of(relay.url()),
                      null,
                      TestLegacy.dataSource(),
                      people,
                      2,
                      Duration.ofSeconds(2),
                      Duration.ofMillis(40))
                  .withChangeShare(0)
                  .withRefusals(List.of(notRefused), 1.0));
      String wrongSummary = String.join("\n", wrong.summary());
      assertThat(wrong.issued()).as(wrongSummary).isPositive();
      assertThat(wrong.wrongPerson()).as(wrongSummary).isEqualTo(wrong.issued());
      assertThat(wrong.refusedAsExpected()).isZero();
      assertThat(wrongSummary)
          .contains("relay errors: 0   wrong-person: " + wrong.wrongPerson() + "   stale: 0");
    }
  }

  @Test
  void theWarmUpRunsTheSameKiosksButOnlyTheMeasuredPartCounts() throws Exception {
    List<String> people = new PersonSnapshots(TestLegacy.dataSource()).issuableAdults(40);
    try (RelayNode relay = RelayNode.start(6, Map.of())) {
      JdbcTemplate project = new JdbcTemplate(relay.context().getBean(DataSource.class));
      long before = certificatesLogged(project);
      LoadReport report =
          LoadDriver.run(
              LoadPlan.standard(
                      List.of(relay.url()),
                      null,
                      TestLegacy.dataSource(),
                      people,
                      4,
                      Duration.ofSeconds(4),
                      Duration.ofMillis(40))
                  .withRefusalsAsOf(TestLegacy.TODAY)
                  .withChangeShare(0.25)
                  .withWarmUp(Duration.ofSeconds(4)));

      String summary = String.join("\n", report.summary());
      assertThat(report.errors()).as(summary).isZero();
      assertThat(report.issued()).as(summary).isPositive();
      // the measured seconds only, not the warm-up's: the rate is not diluted
      assertThat(report.seconds()).isBetween(4.0, 7.9);
      // the measured part makes all of its changes; the warm-up changed the same people once
      assertThat(report.changes()).isEqualTo(10);
      // the relay issued during the warm-up as well; the report counts only what it measured
      relay.chainLog();
      long logged = certificatesLogged(project) - before;
      assertThat(logged).as(summary).isGreaterThan(report.issued() + 4);
      assertThat(report.wrongPerson()).isZero();
      assertThat(report.stale()).isZero();
      // the warm-up's bodies were checked too (after the run), each logged issuance once
      LoadReport warmUp = report.warmUp().orElseThrow();
      assertThat(warmUp.issued()).as(summary).isPositive();
      assertThat(warmUp.issued() + report.issued()).as(summary).isEqualTo(logged);
      assertThat(warmUp.wrongPerson() + warmUp.stale()).as(summary).isZero();
      assertThat(warmUp.changes()).isEqualTo(10);
      assertThat(summary)
          .contains(
              ("load: warm-up, not counted: %d certificates checked, %d errors, 0 wrong-person,"
                      + " 0 stale, 10 changes")
                  .formatted(warmUp.issued(), warmUp.errors()));
    }
  }

  private static long certificatesLogged(JdbcTemplate project) {
    return project.queryForObject(
        "SELECT COUNT(*) FROM issuance_log WHERE kind = 'CERTIFICATE' AND decision = 'ISSUED'",
        Long.class);
  }

  /** The slowest 1 % of the cache hits, by request id, for the bench's account of their steps. */
  private static void assertSlowestHitsAndTransactions(LoadReport report) {
    List<Latencies.Hit> slowest = report.cacheHits().slowest(0.01);
    int hits = report.cacheHits().count();
    assertThat(slowest).hasSize(hits == 0 ? 0 : Math.max(1, (int) Math.ceil(hits * 0.01)));
    slowest.forEach(hit -> assertThat(hit.requestId()).startsWith("load-"));
    if (hits > 0) {
      assertThat(slowest.get(0).ms())
          .isCloseTo(report.cacheHits().percentileMs(100), within(0.001));
    }
    assertThat(report.transactions())
        .isEqualTo(report.issued() + report.refusedAsExpected() + report.errors());
  }
}
