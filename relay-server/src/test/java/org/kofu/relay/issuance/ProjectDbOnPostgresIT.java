package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.chain.HashChain;
import org.kofu.relay.idempotency.IssuanceRecords;
import org.kofu.relay.idempotency.KeptBody;
import org.kofu.relay.idempotency.ResultOutcome;
import org.kofu.relay.idempotency.Settled;
import org.kofu.relay.idempotency.StoredIssuance;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.log.LogEntry;
import org.kofu.relay.support.RelayOnPostgres;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The relay's own tables (V3_1) on PostgreSQL: numbering, idempotency with the stored PDF, result
 * notifications and the chained log, in a scratch database.
 */
class ProjectDbOnPostgresIT {

  private static ScratchPostgres postgres;
  private static ConfigurableApplicationContext relay;
  private static MockMvc mvc;

  @BeforeAll
  static void start() throws Exception {
    postgres = ScratchPostgres.create();
    // inside service hours whatever the real clock says, so the issuance path is always checked
    relay =
        RelayOnPostgres.start(postgres, 4, "kofu-relay-pg", RelayOnPostgres.fixedClock(), Map.of());
    mvc = RelayOnPostgres.mvc(relay);
  }

  @AfterAll
  static void stop() throws Exception {
    RelayOnPostgres.stop(postgres, relay);
  }

  @Test
  void anIssuanceItsRepeatItsResultAndTheLogWorkOnPostgres() throws Exception {
    String person = TestLegacy.issuableAdults().get(18);
    String requestId = "pg-" + System.nanoTime();
    String body = Requests.certificate(requestId, person, "JUMINHYO");
    var first = issue(body);
    var repeat = issue(body);
    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(repeat.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
    assertThat(repeat.getHeader("X-Certificate-Number"))
        .isEqualTo(first.getHeader("X-Certificate-Number"));
    var result =
        mvc.perform(
                post("/jlis/v1/certificates/" + requestId + "/result")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Requests.result("PRINTED")))
            .andReturn()
            .getResponse();
    assertThat(result.getStatus()).isEqualTo(204);
    assertThat(resultAgain(requestId, "PRINTED").getStatus()).isEqualTo(204);
    assertThat(resultAgain(requestId, "CANCELLED").getStatus()).isEqualTo(409);
    assertThat(resultAgain("pg-unknown-" + System.nanoTime(), "PRINTED").getStatus())
        .isEqualTo(404);
    relay.getBean(IssuanceLog.class).chainPending();
    var verification = relay.getBean(IssuanceLog.class).verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.linksChecked()).isGreaterThanOrEqualTo(2);
  }

  /**
   * On PostgreSQL an issuance and its log record are sent as one statement (one round trip, commit
   * included): both are stored or neither, as in the transaction the other databases use.
   */
  @Test
  void anIssuanceAndItsLogRecordAreStoredTogetherOrNotAtAll() {
    IssuanceRecords records = relay.getBean(IssuanceRecords.class);
    IssuanceLog log = relay.getBean(IssuanceLog.class);
    JdbcTemplate db = new JdbcTemplate(relay.getBean(DataSource.class));
    assertThat(records.insertsTogether()).isTrue();
    String id = "pg-together-" + System.nanoTime();
    Instant now = Instant.now();

    assertThat(records.insertWith(issuance(id, 1), now, log.queueInsert(logged(id, "CERTIFICATE"))))
        .isTrue();
    assertThat(rows(db, "issuance_request", id)).isOne();
    assertThat(logRecords(db, id)).isOne();

    // the same request id again (another node first): neither row, and no exception
    assertThat(records.insertWith(issuance(id, 2), now, log.queueInsert(logged(id, "CERTIFICATE"))))
        .isFalse();
    assertThat(logRecords(db, id)).isOne();

    // a log record the database refuses (kind longer than its column): the issuance is not stored
    String refused = id + "-refused";
    assertThatThrownBy(
            () ->
                records.insertWith(
                    issuance(refused, 3), now, log.queueInsert(logged(refused, "X".repeat(40)))))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(rows(db, "issuance_request", refused)).isZero();
    assertThat(logRecords(db, refused)).isZero();
  }

  /**
   * On PostgreSQL the first result notification of an issuance and its log record are one statement
   * too: recorded together once; a repeat, an unknown request id or a refused log record writes
   * nothing (the notification then takes the transaction's path, which says why).
   */
  @Test
  void aResultAndItsLogRecordAreRecordedTogetherOnce() {
    IssuanceRecords records = relay.getBean(IssuanceRecords.class);
    IssuanceLog log = relay.getBean(IssuanceLog.class);
    JdbcTemplate db = new JdbcTemplate(relay.getBean(DataSource.class));
    String id = "pg-result-" + System.nanoTime();
    Instant now = Instant.now();
    records.insertWith(issuance(id, 4), now, log.queueInsert(logged(id, "CERTIFICATE")));

    assertThat(records.recordResultWith(id, "PRINTED", 1, now, result(log, id, "RESULT"))).isTrue();
    assertThat(outcome(db, id)).isEqualTo("PRINTED");
    assertThat(logRecords(db, id)).isEqualTo(2);

    assertThat(records.recordResultWith(id, "CANCELLED", 0, now, result(log, id, "RESULT")))
        .isFalse();
    assertThat(outcome(db, id)).isEqualTo("PRINTED");
    assertThat(logRecords(db, id)).isEqualTo(2);
    assertThat(records.recordResult(id, "CANCELLED", 0, now)).isEqualTo(ResultOutcome.CONFLICT);

    String unknown = id + "-unknown";
    assertThat(records.recordResultWith(unknown, "PRINTED", 1, now, result(log, unknown, "RESULT")))
        .isFalse();
    assertThat(logRecords(db, unknown)).isZero();

    String refused = id + "-refused";
    records.insertWith(issuance(refused, 5), now, log.queueInsert(logged(refused, "CERTIFICATE")));
    assertThatThrownBy(
            () ->
                records.recordResultWith(
                    refused, "PRINTED", 1, now, result(log, refused, "X".repeat(40))))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThat(outcome(db, refused)).isNull();
    assertThat(logRecords(db, refused)).isOne();
  }

  private static HashChain.QueueInsert result(IssuanceLog log, String requestId, String kind) {
    return log.queueInsertFrom(logged(requestId, kind), IssuanceRecords.RECORDED_RESULT);
  }

  private static String outcome(JdbcTemplate db, String requestId) {
    return db.queryForObject(
        "SELECT outcome FROM issuance_request WHERE request_id = ?", String.class, requestId);
  }

  private static StoredIssuance issuance(String requestId, int n) {
    return new StoredIssuance(
        requestId,
        "a".repeat(64),
        "012025-000101-%06d".formatted(900_000 + n + System.nanoTime() % 1000 * 10),
        "P-test",
        "JUMINHYO",
        300,
        1,
        "CACHE",
        "b".repeat(64),
        null,
        new KeptBody("dictionary-test", new byte[] {1, 2, 3}, LocalDate.of(2000, 1, 1)),
        new Settled(1, "K-0001", Instant.parse("2000-01-01T01:00:00Z"), "UNKNOWN", 0));
  }

  private static LogEntry logged(String requestId, String kind) {
    return new LogEntry(
        Instant.now(),
        kind,
        requestId,
        "K-1",
        "P-test",
        "JUMINHYO",
        "",
        200,
        "ISSUED",
        null,
        "CACHE",
        null,
        null,
        3);
  }

  private static int rows(JdbcTemplate db, String table, String requestId) {
    return db.queryForObject(
        "SELECT COUNT(*) FROM " + table + " WHERE request_id = ?", Integer.class, requestId);
  }

  /** Queued or already chained by the chainer's sweep. */
  private static int logRecords(JdbcTemplate db, String requestId) {
    return rows(db, "issuance_log_queue", requestId) + rows(db, "issuance_log", requestId);
  }

  private static org.springframework.mock.web.MockHttpServletResponse resultAgain(
      String requestId, String outcome) throws Exception {
    return mvc.perform(
            post("/jlis/v1/certificates/" + requestId + "/result")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Requests.result(outcome)))
        .andReturn()
        .getResponse();
  }

  private static org.springframework.mock.web.MockHttpServletResponse issue(String body)
      throws Exception {
    return mvc.perform(
            post("/jlis/v1/certificates").contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn()
        .getResponse();
  }
}
