package org.kofu.relay.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.contract.PutOutcome;
import org.kofu.cache.testing.TestCluster;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.kofu.projectdb.canary.CanaryIssuances;
import org.kofu.projectdb.settlement.DailyCounts;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.TestLegacy;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The canary on relays sharing a PostgreSQL project database, each with a real Hazelcast member: a
 * healthy node becomes ready after issuing every type through its listener and reading each body
 * back, its issuances chained, marked and left out of the counts; a node whose cache holds another
 * person's body for its test person, and one whose numbers would repeat another node's, stay out of
 * service naming the check.
 */
class CanaryIT {

  private static ScratchPostgres postgres;
  private static JdbcTemplate db;
  private static final List<RelayNode> nodes = new java.util.ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    postgres = ScratchPostgres.create();
    db = new JdbcTemplate(postgres.dataSource());
    // migrated before any node starts: a test writes another node's record first
    org.flywaydb.core.Flyway.configure()
        .dataSource(postgres.dataSource())
        .locations("classpath:db/project", "classpath:db/project-postgresql")
        .load()
        .migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    for (RelayNode node : nodes) {
      node.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  private static String person() {
    return TestLegacy.issuableAdults().get(40);
  }

  /** A node with the canary on, in a cluster of its own unless {@code joins} names a member. */
  private static RelayNode node(int index, String cluster, Integer joins, boolean canary) {
    return node(index, cluster, joins, canary, TestCluster.freePort());
  }

  private static RelayNode node(
      int index, String cluster, Integer joins, boolean canary, int port) {
    Map<String, String> p = new HashMap<>();
    p.put("spring.datasource.url", postgres.url());
    p.put("spring.datasource.username", postgres.user());
    p.put("kofu.relay.canary.mode", canary ? "REQUIRED" : "OFF");
    for (CertificateType type : CertificateType.values()) {
      p.put("kofu.relay.canary.persons." + type, person());
    }
    p.put("kofu.cache.member.port", Integer.toString(port));
    p.put("kofu.cache.member.cluster-name", cluster);
    p.put(
        "kofu.cache.member.members",
        (joins == null ? "" : "127.0.0.1:" + joins + ",") + "127.0.0.1:" + port);
    RelayNode node = RelayNode.start(index, p);
    nodes.add(node);
    return node;
  }

  private static CanaryResult settled(RelayNode node) {
    CanaryStatus status = node.context().getBean(CanaryStatus.class);
    await()
        .atMost(Duration.ofSeconds(90))
        .until(() -> status.last().state() != CanaryResult.State.RUNNING);
    return status.last();
  }

  private static ReadinessState readiness(RelayNode node) {
    return node.context().getBean(ApplicationAvailability.class).getReadinessState();
  }

  private static Status health(RelayNode node) {
    return node.context().getBean(CanaryStatus.class).health().getStatus();
  }

  private static long audits(String action) {
    return db.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = ?", Long.class, action);
  }

  @Test
  void aHealthyNodeBecomesReadyAndItsCanaryIssuancesAreChainedMarkedAndNotCounted() {
    RelayNode node = node(31, "kofu-canary-ok-" + System.nanoTime(), null, true);

    CanaryResult result = settled(node);

    assertThat(result.state()).as(result.toString()).isEqualTo(CanaryResult.State.PASSED);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> readiness(node) == ReadinessState.ACCEPTING_TRAFFIC);
    assertThat(health(node)).isEqualTo(Status.UP);
    int types = CertificateType.values().length;
    assertThat(
            db.queryForObject(
                "SELECT COUNT(*) FROM issuance_request WHERE kiosk_id = ?",
                Long.class,
                CanaryIssuances.KIOSK_ID))
        .isEqualTo(types);
    node.chainLog();
    assertThat(
            db.queryForObject(
                "SELECT COUNT(*) FROM issuance_log WHERE kind = 'CERTIFICATE'"
                    + " AND decision = 'ISSUED' AND kiosk_id = ?",
                Long.class,
                CanaryIssuances.KIOSK_ID))
        .isEqualTo(types);
    assertThat(node.context().getBean(IssuanceLog.class).verify().intact()).isTrue();
    assertThat(audits(CanaryStatus.PASSED)).isPositive();

    // even a PRINTED result (which the canary never sends) leaves them out of the day's counts
    db.update(
        "UPDATE issuance_request SET outcome = 'PRINTED' WHERE kiosk_id = ?",
        CanaryIssuances.KIOSK_ID);
    LocalDate day =
        db.queryForObject(
                "SELECT MIN(issued_at) FROM issuance_request WHERE kiosk_id = ?",
                java.sql.Timestamp.class,
                CanaryIssuances.KIOSK_ID)
            .toInstant()
            .atZone(ZoneId.of("Asia/Tokyo"))
            .toLocalDate();
    assertThat(new DailyCounts(postgres.dataSource(), ZoneId.of("Asia/Tokyo")).between(day, day))
        .isEmpty();
  }

  @Test
  void aNodeStartedAgainstACacheHoldingAnotherPersonsBodyForItsTestPersonStaysDown()
      throws Exception {
    String cluster = "kofu-canary-foreign-" + System.nanoTime();
    int firstPort = TestCluster.freePort();
    RelayNode first = node(32, cluster, null, false, firstPort);
    CertificateCache cache = first.context().getBean(CertificateCache.class);
    CertificateContentAssembler assembler =
        first.context().getBean(CertificateContentAssembler.class);
    CertificateRenderer renderer = first.context().getBean(CertificateRenderer.class);
    CertificateSubject subject = juminhyo(person());
    CertificateSubject other = juminhyo(TestLegacy.issuableAdults().get(41));
    // what a batch that mixed two persons up would write: the other's body as this subject's
    byte[] othersBody =
        RenderedBodyCodec.encode(renderer.renderForCache(assembler.assemble(other)));
    assertThat(
            cache.putCompressed(
                subject,
                assembler.assemble(subject).sources(),
                Instant.now(),
                cache.compress(othersBody)))
        .isEqualTo(PutOutcome.STORED);
    long failedBefore = audits(CanaryStatus.FAILED);

    RelayNode node = node(33, cluster, firstPort, true);
    CanaryResult result = settled(node);

    assertThat(result.state()).isEqualTo(CanaryResult.State.FAILED);
    assertThat(result.check()).as(result.toString()).isEqualTo("subject");
    assertThat(readiness(node)).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
    assertThat(health(node)).isEqualTo(Status.DOWN);
    assertThat(node.context().getBean(CanaryStatus.class).health().getDetails())
        .containsEntry("check", "subject");
    assertThat(audits(CanaryStatus.FAILED)).isEqualTo(failedBefore + 1);
    // stays down: a failed canary is not retried on its own
    assertThat(node.context().getBean(CanaryStatus.class).ready()).isFalse();
  }

  @Test
  void aNodeWhoseNumbersWouldRepeatAnotherNodesStaysDown() {
    LocalDate today = LocalDate.now(RelayNode.ticking().withZone(ZoneId.of("Asia/Tokyo")));
    String number =
        "012025-"
            + today.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
            + "-900000";
    // another node's issuance today, numbered ahead of the counter this node will draw from
    db.update(
        "INSERT INTO issuance_request (request_id, request_hash, certificate_number, person_key,"
            + " certificate_type, fee_yen, page_count, source, body_sha256, issued_at, kiosk_id)"
            + " VALUES ('other-node-0001', ?, ?, 'R:1', 'JUMINHYO', 300, 1, 'CACHE', ?, ?, 'K-1')",
        "0".repeat(64),
        number,
        "0".repeat(64),
        java.sql.Timestamp.from(Instant.now()));
    try {
      RelayNode node = node(34, "kofu-canary-numbers-" + System.nanoTime(), null, true);
      CanaryResult result = settled(node);

      assertThat(result.state()).isEqualTo(CanaryResult.State.FAILED);
      assertThat(result.check()).as(result.toString()).isEqualTo("numbering");
      assertThat(readiness(node)).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
      assertThat(health(node)).isEqualTo(Status.DOWN);
    } finally {
      db.update("DELETE FROM issuance_request WHERE request_id = 'other-node-0001'");
    }
  }

  private static CertificateSubject juminhyo(String person) {
    return new CertificateSubject(
        new PersonRef.Resident(TestLegacy.atenaNo(person)),
        CertificateType.JUMINHYO,
        CertificateOptions.defaults().withForm(ResidentForm.RENKI));
  }
}
