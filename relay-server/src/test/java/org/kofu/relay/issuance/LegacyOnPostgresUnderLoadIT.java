package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.kiosk.load.LoadDriver;
import org.kofu.kiosk.load.LoadPlan;
import org.kofu.kiosk.load.LoadReport;
import org.kofu.kiosk.load.PersonSnapshots;
import org.kofu.relay.support.CuttableProxy;
import org.kofu.relay.support.LegacyOnPostgres;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.RelayOnPostgres;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The relay with the existing systems on PostgreSQL (demo data, journaled by the shared DDL's
 * triggers) and its project database on PostgreSQL too, reached through a TCP proxy the test can
 * cut: a load with changes is served right; the database cut under load gives deliberate 503s and
 * never an unverified body, and issuing resumes without a restart; a repeat after a relay restart
 * gets the same bytes and number and is logged once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LegacyOnPostgresUnderLoadIT {

  private static ScratchPostgres legacy;
  private static ScratchPostgres project;
  private static CuttableProxy proxy;
  private static Map<String, String> properties;
  private static RelayNode relay;
  private static List<String> people;

  @BeforeAll
  static void start() throws Exception {
    legacy = LegacyOnPostgres.create(300, 12025L);
    project = ScratchPostgres.create();
    proxy = CuttableProxy.inFrontOf(legacy);
    properties = RelayOnPostgres.nodeProperties(project, "kofu-relay-pg-load");
    properties.putAll(LegacyOnPostgres.properties(legacy, proxy.url(legacy)));
    relay = RelayNode.start(7, properties);
    people = new PersonSnapshots(legacy.dataSource()).issuableAdults(40);
  }

  @AfterAll
  static void stop() throws Exception {
    if (relay != null) {
      relay.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (project != null) {
      project.close();
    }
    if (legacy != null) {
      legacy.close();
    }
  }

  private static LoadPlan plan(Duration duration) {
    return LoadPlan.standard(
            List.of(relay.url()),
            null,
            legacy.dataSource(),
            people,
            6,
            duration,
            Duration.ofMillis(40))
        .withRefusalsAsOf(TestLegacy.TODAY);
  }

  @Test
  @Order(1)
  void aLoadWithChangesOnPostgresIsServedRight() throws Exception {
    long journalBefore = journalRows();
    LogCounts logBefore = LogCounts.now();
    LoadReport report = LoadDriver.run(plan(Duration.ofSeconds(10)).withChangeShare(0.25));
    String summary = String.join("\n", report.summary());
    assertEveryTransactionLoggedOnce(logBefore, report);

    assertThat(report.errors()).as(summary).isZero();
    assertThat(report.wrongPerson()).as(summary).isZero();
    assertThat(report.stale()).as(summary).isZero();
    assertThat(report.issued()).as(summary).isGreaterThan(10);
    assertThat(report.changes()).isEqualTo(10);
    assertThat(journalRows() - journalBefore).isGreaterThanOrEqualTo(10);
  }

  @Test
  @Order(2)
  void theDatabaseCutUnderLoadGives503sNeverAnUnverifiedBodyAndRecoversWithoutRestart()
      throws Exception {
    ScheduledExecutorService outage = Executors.newSingleThreadScheduledExecutor();
    outage.schedule(proxy::cut, 4, TimeUnit.SECONDS);
    outage.schedule(proxy::restore, 10, TimeUnit.SECONDS);
    LoadReport during;
    LogCounts logBefore = LogCounts.now();
    try {
      during = LoadDriver.run(plan(Duration.ofSeconds(14)));
    } finally {
      outage.shutdown();
      outage.awaitTermination(20, TimeUnit.SECONDS);
      proxy.restore();
    }
    String summary = String.join("\n", during.summary());
    assertEveryTransactionLoggedOnce(logBefore, during);
    assertThat(during.unavailable()).as(summary).isPositive();
    assertThat(during.unexpectedCount()).as(summary).isZero();
    assertThat(during.failed()).as(summary).isZero();
    assertThat(during.wrongPerson()).as(summary).isZero();
    assertThat(during.stale()).as(summary).isZero();

    awaitHealthy();
    LoadReport after = LoadDriver.run(plan(Duration.ofSeconds(6)));
    String afterSummary = String.join("\n", after.summary());
    assertThat(after.errors()).as(afterSummary).isZero();
    assertThat(after.issued()).as(afterSummary).isPositive();
    assertThat(after.wrongPerson() + after.stale()).as(afterSummary).isZero();
  }

  private static void awaitHealthy() {
    RelayClient client = new RelayClient(relay.url(), null);
    await("healthy again")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> client.get("/jlis/v1/health").statusCode(), status -> status == 200);
  }

  @Test
  @Order(3)
  void aRepeatAfterARelayRestartGetsTheSameBytesAndNumberAndIsLoggedOnce() throws Exception {
    String requestId = "restart-" + System.nanoTime();
    String body = Requests.certificate(requestId, people.get(0), "JUMINHYO");
    HttpResponse<byte[]> first = new RelayClient(relay.url(), null).post(CERTIFICATES, body);
    assertThat(first.statusCode()).isEqualTo(200);

    relay.close();
    relay = RelayNode.start(7, properties);
    RelayClient restarted = new RelayClient(relay.url(), null);
    HttpResponse<byte[]> repeat = restarted.post(CERTIFICATES, body);

    assertThat(repeat.statusCode()).isEqualTo(200);
    assertThat(repeat.body()).isEqualTo(first.body());
    assertThat(repeat.headers().firstValue("X-Certificate-Number"))
        .isEqualTo(first.headers().firstValue("X-Certificate-Number"));
    relay.chainLog();
    assertThat(
            new JdbcTemplate(project.dataSource())
                .queryForObject(
                    "SELECT COUNT(*) FROM issuance_log WHERE request_id = ?"
                        + " AND decision = 'ISSUED'",
                    Integer.class,
                    requestId))
        .isEqualTo(1);
    HttpResponse<byte[]> other =
        restarted.post(CERTIFICATES, Requests.certificate(requestId, people.get(0), "INKAN"));
    assertThat(other.statusCode()).isEqualTo(409);
  }

  private static final String CERTIFICATES = "/jlis/v1/certificates";

  /** The load driver's rows in the issuance log (its request ids): certificates and results. */
  private record LogCounts(long certificates, long distinctRequests, long results) {
    static LogCounts now() {
      relay.chainLog();
      JdbcTemplate jdbc = new JdbcTemplate(project.dataSource());
      return new LogCounts(
          count(jdbc, "SELECT COUNT(*) FROM issuance_log WHERE kind = 'CERTIFICATE'"),
          count(
              jdbc,
              "SELECT COUNT(DISTINCT request_id) FROM issuance_log WHERE kind = 'CERTIFICATE'"),
          count(jdbc, "SELECT COUNT(*) FROM issuance_log WHERE kind = 'RESULT'"));
    }

    private static long count(JdbcTemplate jdbc, String sql) {
      return jdbc.queryForObject(sql + " AND request_id LIKE 'load-%'", Long.class);
    }
  }

  /** Nothing lost: every answered transaction of the run is in the log, once; so is each result. */
  private static void assertEveryTransactionLoggedOnce(LogCounts before, LoadReport report) {
    LogCounts after = LogCounts.now();
    long answered =
        report.issued()
            + report.unavailable()
            + report.unexpectedCount()
            + report.refusedAsExpected();
    assertThat(after.certificates() - before.certificates()).isEqualTo(answered);
    assertThat(after.distinctRequests() - before.distinctRequests()).isEqualTo(answered);
    assertThat(after.results() - before.results()).isEqualTo(report.resultsNotified());
  }

  private static long journalRows() {
    return new JdbcTemplate(legacy.dataSource())
        .queryForObject("SELECT COUNT(*) FROM madoguchi.change_journal", Long.class);
  }
}
