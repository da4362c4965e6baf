package org.kofu.relay.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.projectdb.chain.HashChain;
import org.kofu.relay.idempotency.IssuanceRecords;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every request is logged once, without personal data, in a chain that shows tampering. */
class IssuanceLogIT extends RelayTests {

  @Autowired IssuanceLog issuanceLog;
  @Autowired JdbcTemplate project;
  @Autowired DataSource projectDataSource;
  @Autowired IssuanceRecords issuanceRecords;

  private void send(String path, String body) throws Exception {
    mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void anIssuanceIsLoggedOnceWithItsDecisionSourceNumberAndHash() throws Exception {
    String person = TestLegacy.issuableAdults().get(12);
    String id = newRequestId();
    String body = Requests.certificate(id, person, "JUMINHYO");
    send("/jlis/v1/certificates", body);
    send("/jlis/v1/certificates", body);
    send("/jlis/v1/certificates/" + id + "/result", Requests.result("PRINTED"));
    issuanceLog.chainPending();

    List<Map<String, Object>> rows =
        project.queryForList("SELECT * FROM issuance_log WHERE request_id = ? ORDER BY seq", id);
    assertThat(rows).hasSize(2);
    Map<String, Object> issued = rows.get(0);
    assertThat(issued.get("KIND")).isEqualTo("CERTIFICATE");
    assertThat(issued.get("DECISION")).isEqualTo("ISSUED");
    assertThat(issued.get("PERSON_KEY")).isEqualTo("A" + TestLegacy.atenaNo(person));
    assertThat(issued.get("KIOSK_ID")).isEqualTo("K-0001");
    assertThat(issued.get("SOURCE")).isIn("CACHE", "ON_DEMAND");
    assertThat(issued.get("CERTIFICATE_NUMBER").toString()).startsWith("012025-261125-");
    assertThat(issued.get("BODY_SHA256").toString()).hasSize(64);
    assertThat(rows.get(1).get("KIND")).isEqualTo("RESULT");
    assertThat(rows.get(1).get("REASON")).isEqualTo("PRINTED/1");
  }

  /** The one-statement commit is PostgreSQL's (ProjectDbOnPostgresIT); H2 keeps the transaction. */
  @Test
  void onH2TheIssuanceAndItsLogRecordAreStoredInATransaction() {
    assertThat(issuanceRecords.insertsTogether()).isFalse();
  }

  @Test
  void refusalsAreLoggedWithTheirCause() throws Exception {
    String id = newRequestId();
    send("/jlis/v1/certificates", Requests.certificate(id, TestLegacy.child(), "JUMINHYO"));
    issuanceLog.chainPending();
    assertThat(
            project.queryForObject(
                "SELECT reason FROM issuance_log WHERE request_id = ?", String.class, id))
        .isEqualTo("NOT_ISSUABLE/UNDER_AGE");
  }

  @Test
  void aMalformedRequestIsLoggedAsRejected() throws Exception {
    String id = newRequestId();
    send("/jlis/v1/certificates", "{\"requestId\":\"" + id + "\"}");
    issuanceLog.chainPending();
    assertThat(
            project.queryForObject(
                "SELECT decision FROM issuance_log WHERE request_id = ?", String.class, id))
        .isEqualTo("REJECTED");
  }

  @Test
  void theLogHoldsNoPersonalData() throws Exception {
    send("/jlis/v1/menu", Requests.menu(newRequestId(), TestLegacy.issuableAdults().get(12)));
    String everything =
        project.queryForList("SELECT * FROM issuance_log").toString()
            + project.queryForList("SELECT * FROM issuance_log_queue");
    for (String personal : TestLegacy.personalStrings()) {
      assertThat(everything).doesNotContain(personal.trim());
    }
  }

  @Test
  void theVerifierReportsTheFirstAlteredLink() throws Exception {
    send("/jlis/v1/menu", Requests.menu(newRequestId(), TestLegacy.issuableAdults().get(12)));
    issuanceLog.chainPending();
    assertThat(issuanceLog.verify().intact()).isTrue();
    long seq = project.queryForObject("SELECT MIN(seq) FROM issuance_log", Long.class);
    String kiosk =
        project.queryForObject(
            "SELECT kiosk_id FROM issuance_log WHERE seq = ?", String.class, seq);

    project.update("UPDATE issuance_log SET kiosk_id = 'K-9999' WHERE seq = ?", seq);
    try {
      var verification = issuanceLog.verify();
      assertThat(verification.intact()).isFalse();
      assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
    } finally {
      project.update("UPDATE issuance_log SET kiosk_id = ? WHERE seq = ?", kiosk, seq);
    }
    assertThat(issuanceLog.verify().intact()).isTrue();
  }

  @Test
  void aRequestIsAnsweredAndLoggedWhileTheChainsHeadIsLockedAndChainedOnceItIsFree()
      throws Exception {
    String person = TestLegacy.issuableAdults().get(13);
    // rendered once before the lock, so the bound below measures the chain, not a cold render
    send("/jlis/v1/certificates", Requests.certificate(newRequestId(), person, "JUMINHYO"));
    String id = newRequestId();
    int status;
    try (Connection holder = projectDataSource.getConnection();
        Statement lock = holder.createStatement()) {
      holder.setAutoCommit(false);
      lock.executeQuery("SELECT * FROM chain_head WHERE chain_name = 'issuance' FOR UPDATE");
      long sent = System.nanoTime();
      status =
          mvc.perform(
                  post("/jlis/v1/certificates")
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(Requests.certificate(id, person, "JUMINHYO")))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat((System.nanoTime() - sent) / 1_000_000).isLessThan(900);
      assertThat(queued(id)).isEqualTo(1);
      holder.rollback();
    }
    assertThat(status).isEqualTo(200);
    issuanceLog.chainPending();
    assertThat(logged(id)).isEqualTo(1);
    assertThat(queued(id)).isZero();
    assertThat(issuanceLog.verify().intact()).isTrue();
  }

  @Test
  void theNodeChainsARequestsRecordMomentsAfterItWithoutBeingAsked() throws Exception {
    String id = newRequestId();
    send("/jlis/v1/certificates", Requests.certificate(id, TestLegacy.child(), "JUMINHYO"));

    assertThat(awaitLogged(id)).isEqualTo(1);
  }

  @Test
  void aRecordLeftInTheQueueByAStoppedNodeIsChainedByTheSweep() throws Exception {
    String id = newRequestId();
    // queued as a node killed right after its commit leaves it: nobody told this node's chainer
    new HashChain(projectDataSource)
        .enqueue(
            IssuanceLog.TABLE,
            new LogEntry(
                    Instant.now(),
                    "CERTIFICATE",
                    id,
                    "K-0001",
                    null,
                    "JUMINHYO",
                    "",
                    503,
                    "ERROR",
                    "SOURCE_UNAVAILABLE",
                    null,
                    null,
                    null,
                    7)
                .values());

    assertThat(awaitLogged(id)).isEqualTo(1);
  }

  @Test
  void aStoppingNodeChainsWhatItQueued() throws Exception {
    String id = newRequestId();
    try (RelayNode node =
        RelayNode.start(
            8,
            Map.of(
                "kofu.relay.issuance-log.chain-delay", "1h",
                "kofu.relay.issuance-log.chain-sweep", "1h"))) {
      new RelayClient(node.url(), null)
          .post(
              "/jlis/v1/certificates",
              Requests.certificate(id, TestLegacy.issuableAdults().get(14), "JUMINHYO"));
    }
    // the shared node's sweep could chain it too; stopping comes first, and either way once
    assertThat(logged(id) + queued(id)).isEqualTo(1);
    assertThat(awaitLogged(id)).isEqualTo(1);
  }

  private int logged(String requestId) {
    return project.queryForObject(
        "SELECT COUNT(*) FROM issuance_log WHERE request_id = ?", Integer.class, requestId);
  }

  private int queued(String requestId) {
    return project.queryForObject(
        "SELECT COUNT(*) FROM issuance_log_queue WHERE request_id = ?", Integer.class, requestId);
  }

  /** The records logged for the request, once the chainer has linked any (at most 5 s). */
  private int awaitLogged(String requestId) {
    return await("issuance_log holds " + requestId)
        .atMost(Duration.ofSeconds(5))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> logged(requestId), n -> n > 0);
  }
}
