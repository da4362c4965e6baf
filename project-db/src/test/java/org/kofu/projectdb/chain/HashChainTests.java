package org.kofu.projectdb.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

class HashChainTests {

  private DataSource dataSource;
  private HashChain chain;
  private JdbcTemplate jdbc;

  @BeforeEach
  void threeLinks() {
    dataSource = TestDatabases.h2();
    chain = new HashChain(dataSource);
    jdbc = new JdbcTemplate(dataSource);
    Instant at = Instant.parse("2026-11-25T01:02:03.123456789Z");
    for (String action : List.of("LOGIN", "USER_ISSUED", "LOGOUT")) {
      chain.append(ChainTable.AUDIT, List.of(at, "officer", action, "詳細 " + action, "127.0.0.1"));
    }
  }

  @Test
  void anUntouchedChainVerifies() {
    ChainVerification result = chain.verify(ChainTable.AUDIT);

    assertThat(result.intact()).isTrue();
    assertThat(result.linksChecked()).isEqualTo(3);
  }

  @Test
  void eachLinkFollowsTheHashBeforeIt() {
    List<String> prev =
        jdbc.queryForList("SELECT prev_hash FROM audit_log ORDER BY seq", String.class);
    List<String> hash = jdbc.queryForList("SELECT hash FROM audit_log ORDER BY seq", String.class);

    assertThat(prev.get(0)).isEqualTo(ChainHashes.GENESIS);
    assertThat(prev.get(1)).isEqualTo(hash.get(0));
    assertThat(prev.get(2)).isEqualTo(hash.get(1));
  }

  @Test
  void anAlteredRecordIsTheFirstBrokenLink() {
    jdbc.update("UPDATE audit_log SET detail = 'changed' WHERE seq = 2");

    ChainVerification result = chain.verify(ChainTable.AUDIT);

    assertThat(result.firstBrokenSeq()).isEqualTo(2);
    assertThat(result.reason()).isEqualTo("record altered");
  }

  @Test
  void aDeletedMiddleLinkIsReported() {
    jdbc.update("DELETE FROM audit_log WHERE seq = 2");

    assertThat(chain.verify(ChainTable.AUDIT).firstBrokenSeq()).isEqualTo(2);
  }

  @Test
  void aRemovedTailIsReportedThroughTheHead() {
    jdbc.update("DELETE FROM audit_log WHERE seq = 3");

    ChainVerification result = chain.verify(ChainTable.AUDIT);

    assertThat(result.firstBrokenSeq()).isEqualTo(3);
    assertThat(result.reason()).contains("removed");
  }

  @Test
  void aRecomputedRecordStillBreaksTheNextLink() {
    String forged =
        ChainHashes.link(
            jdbc.queryForObject("SELECT prev_hash FROM audit_log WHERE seq = 2", String.class),
            2,
            Canonical.of(
                List.of(
                    Instant.parse("2026-11-25T01:02:03.123456Z"),
                    "officer",
                    "USER_ISSUED",
                    "forged",
                    "127.0.0.1")));
    jdbc.update("UPDATE audit_log SET detail = 'forged', hash = ? WHERE seq = 2", forged);

    ChainVerification result = chain.verify(ChainTable.AUDIT);

    assertThat(result.firstBrokenSeq()).isEqualTo(3);
    assertThat(result.reason()).isEqualTo("previous hash does not match");
  }

  @Test
  void appendsFromSeveralThreadsFormOneUnbrokenChain() throws Exception {
    ChainVerification result = ConcurrentAppends.run(dataSource, 4, 25);

    assertThat(result.intact()).isTrue();
    assertThat(result.linksChecked()).isEqualTo(103);
  }

  @Test
  void aQueuedRecordIsChainedOnlyWhenDrainedAndThenInQueueOrder() {
    chain.enqueue(ChainTable.ISSUANCE, ConcurrentAppends.issuanceRecord("first"));
    chain.enqueue(ChainTable.ISSUANCE, ConcurrentAppends.issuanceRecord("second"));
    chain.enqueue(ChainTable.ISSUANCE, ConcurrentAppends.issuanceRecord("third"));
    assertThat(count("issuance_log")).isZero();

    assertThat(chain.drain(ChainTable.ISSUANCE, 2)).isEqualTo(2);
    assertThat(jdbc.queryForList("SELECT request_id FROM issuance_log ORDER BY seq", String.class))
        .containsExactly("first", "second");
    assertThat(count("issuance_log_queue")).isEqualTo(1);
    assertThat(chain.drain(ChainTable.ISSUANCE, 2)).isEqualTo(1);
    assertThat(chain.drain(ChainTable.ISSUANCE, 2)).isZero();

    assertThat(jdbc.queryForList("SELECT seq FROM issuance_log ORDER BY seq", Long.class))
        .containsExactly(1L, 2L, 3L);
    assertThat(count("issuance_log_queue")).isZero();
    ChainVerification result = chain.verify(ChainTable.ISSUANCE);
    assertThat(result.intact()).isTrue();
    assertThat(result.linksChecked()).isEqualTo(3);
  }

  @Test
  void aDrainedRecordIsCheckedLikeAnAppendedOne() {
    chain.enqueue(ChainTable.ISSUANCE, ConcurrentAppends.issuanceRecord("r-1"));
    chain.drain(ChainTable.ISSUANCE, 10);

    jdbc.update("UPDATE issuance_log SET kiosk_id = 'K-9' WHERE request_id = 'r-1'");

    ChainVerification result = chain.verify(ChainTable.ISSUANCE);
    assertThat(result.firstBrokenSeq()).isEqualTo(1L);
    assertThat(result.reason()).isEqualTo("record altered");
  }

  @Test
  void aRecordLeftWaitingLongerThanTheGraceIsReported() {
    List<Object> old = ConcurrentAppends.issuanceRecord("stuck");
    old.set(0, Instant.now().minus(HashChain.QUEUE_GRACE).minusSeconds(5));
    chain.enqueue(ChainTable.ISSUANCE, ConcurrentAppends.issuanceRecord("recent"));
    assertThat(chain.verify(ChainTable.ISSUANCE).intact()).isTrue();

    chain.enqueue(ChainTable.ISSUANCE, old);

    ChainVerification result = chain.verify(ChainTable.ISSUANCE);
    assertThat(result.intact()).isFalse();
    assertThat(result.reason()).isEqualTo("1 records waiting to be chained for more than 60 s");
    chain.drain(ChainTable.ISSUANCE, 10);
    assertThat(chain.verify(ChainTable.ISSUANCE).intact()).isTrue();
  }

  @Test
  void aTableWithoutAQueueRefusesToQueue() {
    assertThatThrownBy(
            () ->
                chain.enqueue(
                    ChainTable.AUDIT, List.of(Instant.now(), "officer", "LOGIN", "-", "-")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordsQueuedAndDrainedFromSeveralThreadsFormOneUnbrokenChainEachOnce() throws Exception {
    ChainVerification result = ConcurrentAppends.runQueued(dataSource, 4, 25);

    assertThat(result.intact()).isTrue();
    assertThat(result.linksChecked()).isEqualTo(100);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(DISTINCT request_id) FROM issuance_log", Integer.class))
        .isEqualTo(100);
    assertThat(count("issuance_log_queue")).isZero();
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }
}
