package org.kofu.projectdb.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

class ChainVerifierTests {

  private static final Instant AT = Instant.parse("2026-11-25T01:02:03Z");

  private HashChain chain;
  private JdbcTemplate jdbc;

  @BeforeEach
  void fourLinks() {
    DataSource dataSource = TestDatabases.h2();
    chain = new HashChain(dataSource);
    jdbc = new JdbcTemplate(dataSource);
    append(4);
  }

  @Test
  void aCheckReadsTheCheckpointsLinkAndThoseAddedSince() {
    assertThat(chain.verifySinceCheckpoint(ChainTable.AUDIT).linksChecked()).isEqualTo(4);
    assertThat(checkpointSeq()).isEqualTo(4);

    append(2);

    ChainVerification result = chain.verifySinceCheckpoint(ChainTable.AUDIT);
    assertThat(result.intact()).isTrue();
    assertThat(result.linksChecked()).isEqualTo(3);
    assertThat(checkpointSeq()).isEqualTo(6);
  }

  @Test
  void theCheckpointsOwnLinkAlteredIsFound() {
    chain.verifySinceCheckpoint(ChainTable.AUDIT);
    jdbc.update("UPDATE audit_log SET detail = 'changed' WHERE seq = 4");

    ChainVerification result = chain.verifySinceCheckpoint(ChainTable.AUDIT);

    assertThat(result.firstBrokenSeq()).isEqualTo(4);
    assertThat(result.reason()).isEqualTo("record altered");
  }

  @Test
  void theCheckpointsLinkRehashedIsFound() {
    chain.verifySinceCheckpoint(ChainTable.AUDIT);
    jdbc.update("UPDATE audit_log SET hash = prev_hash WHERE seq = 4");

    ChainVerification result = chain.verifySinceCheckpoint(ChainTable.AUDIT);

    assertThat(result.firstBrokenSeq()).isEqualTo(4);
    assertThat(result.reason()).isEqualTo("the link last verified was altered or removed");
  }

  @Test
  void aTailRemovedAfterTheCheckpointIsFound() {
    chain.verifySinceCheckpoint(ChainTable.AUDIT);
    append(2);
    jdbc.update("DELETE FROM audit_log WHERE seq = 6");

    assertThat(chain.verifySinceCheckpoint(ChainTable.AUDIT).reason())
        .isEqualTo("links after this one were removed");
  }

  @Test
  void aLinkAlteredBeforeTheCheckpointIsLeftToTheFullVerification() {
    chain.verifySinceCheckpoint(ChainTable.AUDIT);
    jdbc.update("UPDATE audit_log SET detail = 'changed' WHERE seq = 2");

    assertThat(chain.verifySinceCheckpoint(ChainTable.AUDIT).intact()).isTrue();
    ChainVerification full = chain.verify(ChainTable.AUDIT);
    assertThat(full.firstBrokenSeq()).isEqualTo(2);
    assertThat(full.reason()).isEqualTo("record altered");
  }

  @Test
  void aBrokenChainDoesNotMoveTheCheckpoint() {
    chain.verifySinceCheckpoint(ChainTable.AUDIT);
    append(2);
    jdbc.update("UPDATE audit_log SET actor = 'x' WHERE seq = 5");

    assertThat(chain.verifySinceCheckpoint(ChainTable.AUDIT).intact()).isFalse();
    assertThat(checkpointSeq()).isEqualTo(4);
    assertThat(chain.verifySinceCheckpoint(ChainTable.AUDIT).firstBrokenSeq()).isEqualTo(5);
  }

  @Test
  void theCheckpointOnlyMovesForward() {
    chain.verifySinceCheckpoint(ChainTable.AUDIT);
    jdbc.update("UPDATE chain_checkpoint SET seq = 99 WHERE chain_name = 'audit'");

    chain.verify(ChainTable.AUDIT);

    assertThat(checkpointSeq()).isEqualTo(99);
  }

  private void append(int links) {
    for (int i = 0; i < links; i++) {
      chain.append(ChainTable.AUDIT, List.of(AT, "officer", "VIEW", "閲覧 " + i, "127.0.0.1"));
    }
  }

  private long checkpointSeq() {
    return jdbc.queryForObject(
        "SELECT seq FROM chain_checkpoint WHERE chain_name = 'audit'", Long.class);
  }
}
