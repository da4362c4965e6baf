package org.kofu.projectdb.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.projectdb.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

class ChainArchiverTests {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-04T03:00:00Z"), TOKYO);

  @TempDir Path directory;
  private HashChain chain;
  private JdbcTemplate jdbc;
  private ChainArchiver archiver;

  @BeforeEach
  void threeMonthsOfLinks() {
    DataSource dataSource = TestDatabases.h2();
    chain = new HashChain(dataSource, DECEMBER);
    jdbc = new JdbcTemplate(dataSource);
    archiver = new ChainArchiver(dataSource, DECEMBER, TOKYO);
    append("2026-09-10T01:00:00Z", 3);
    // 2026-09-30T16:00Z is already October in Tokyo
    append("2026-09-30T16:00:00Z", 2);
    append("2026-11-02T01:00:00Z", 4);
  }

  @Test
  void monthsBeforeTheFirstKeptLeaveTheTableAndStillVerify() {
    List<ChainArchive> written =
        archiver.archiveBefore(ChainTable.AUDIT, YearMonth.of(2026, 11), directory);

    assertThat(written)
        .extracting(ChainArchive::period, ChainArchive::firstSeq, ChainArchive::lastSeq)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2026-09", 1L, 3L),
            org.assertj.core.groups.Tuple.tuple("2026-10", 4L, 5L));
    assertThat(jdbc.queryForList("SELECT seq FROM audit_log ORDER BY seq", Long.class))
        .containsExactly(6L, 7L, 8L, 9L);
    assertThat(directory.resolve("audit-2026-09.chain.gz")).isRegularFile();
    ChainVerification table = chain.verify(ChainTable.AUDIT);
    assertThat(table.intact()).isTrue();
    assertThat(table.linksChecked()).isEqualTo(4);
    ChainVerification files = archiver.verifyFiles(ChainTable.AUDIT, directory);
    assertThat(files.intact()).isTrue();
    assertThat(files.linksChecked()).isEqualTo(5);
    assertThat(chain.verifySinceCheckpoint(ChainTable.AUDIT).intact()).isTrue();
  }

  @Test
  void archivingAgainAddsOnlyTheNewMonths() {
    archiver.archiveBefore(ChainTable.AUDIT, YearMonth.of(2026, 10), directory);

    List<ChainArchive> later =
        archiver.archiveBefore(ChainTable.AUDIT, YearMonth.of(2026, 12), directory);

    assertThat(later).extracting(ChainArchive::period).containsExactly("2026-10", "2026-11");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class)).isZero();
    append("2026-12-01T01:00:00Z", 1);
    assertThat(chain.verify(ChainTable.AUDIT).intact()).isTrue();
    assertThat(archiver.verifyFiles(ChainTable.AUDIT, directory).linksChecked()).isEqualTo(9);
  }

  @Test
  void theCurrentMonthIsNeverArchived() {
    assertThatThrownBy(
            () -> archiver.archiveBefore(ChainTable.AUDIT, YearMonth.of(2027, 1), directory))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBrokenChainIsNotArchived() throws IOException {
    jdbc.update("UPDATE audit_log SET detail = 'changed' WHERE seq = 2");

    assertThatThrownBy(
            () -> archiver.archiveBefore(ChainTable.AUDIT, YearMonth.of(2026, 11), directory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("record altered");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class)).isEqualTo(9);
    try (var files = Files.list(directory)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aReplacedArchiveFileIsFound() throws IOException {
    archiver.archiveBefore(ChainTable.AUDIT, YearMonth.of(2026, 11), directory);
    Files.copy(
        directory.resolve("audit-2026-10.chain.gz"),
        directory.resolve("audit-2026-09.chain.gz"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    ChainVerification files = archiver.verifyFiles(ChainTable.AUDIT, directory);

    assertThat(files.firstBrokenSeq()).isEqualTo(1);
    assertThat(files.reason()).isEqualTo("archive 2026-09 is not the file that was recorded");
  }

  @Test
  void anArchiveRecordThatNoLongerJoinsBreaksTheTablesVerification() {
    archiver.archiveBefore(ChainTable.AUDIT, YearMonth.of(2026, 11), directory);
    jdbc.update("UPDATE chain_archive SET last_hash = first_prev_hash WHERE period = '2026-09'");

    ChainVerification table = chain.verify(ChainTable.AUDIT);

    assertThat(table.firstBrokenSeq()).isEqualTo(4);
    assertThat(table.reason()).isEqualTo("archive 2026-10 does not follow the one before");
  }

  @Test
  void theIssuanceChainKeepsChainingAfterAnArchive() {
    chain.enqueue(ChainTable.ISSUANCE, issuance("2026-10-05T01:00:00Z"));
    chain.enqueue(ChainTable.ISSUANCE, issuance("2026-11-05T01:00:00Z"));
    chain.drain(ChainTable.ISSUANCE, 10);

    archiver.archiveBefore(ChainTable.ISSUANCE, YearMonth.of(2026, 11), directory);
    chain.enqueue(ChainTable.ISSUANCE, issuance("2026-12-01T01:00:00Z"));
    chain.drain(ChainTable.ISSUANCE, 10);

    assertThat(jdbc.queryForList("SELECT seq FROM issuance_log ORDER BY seq", Long.class))
        .containsExactly(2L, 3L);
    assertThat(chain.verify(ChainTable.ISSUANCE).intact()).isTrue();
    assertThat(archiver.verifyFiles(ChainTable.ISSUANCE, directory).linksChecked()).isEqualTo(1);
  }

  private void append(String at, int links) {
    for (int i = 0; i < links; i++) {
      chain.append(
          ChainTable.AUDIT, List.of(Instant.parse(at), "clerk", "VIEW", "閲覧\n" + i, "10.0.0.9"));
    }
  }

  private static List<Object> issuance(String at) {
    return java.util.Arrays.asList(
        Instant.parse(at),
        "ISSUED",
        "req-" + at,
        "K1",
        "p1",
        "JUMINHYO",
        "{}",
        200,
        "ISSUED",
        null,
        "CACHE",
        "N-1",
        "ab",
        12L);
  }
}
