package org.kofu.projectdb.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.ArchiveFile.Out;
import org.kofu.projectdb.chain.ArchiveFiles.Verified;
import org.kofu.projectdb.chain.ChainArchives.ChainStart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves whole months of a chain out of its table into files, oldest first, so that the table (and
 * every verification) stays the size of the months kept online. A month's file holds the links from
 * the end of the previous archive to the last link recorded in that month; each link is verified as
 * it is written, the file is in place before its record is, and the links leave the table in the
 * same transaction that records the archive.
 */
public final class ChainArchiver {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate snapshot;
  private final TransactionTemplate write;
  private final ChainArchives archives;
  private final Clock clock;
  private final ZoneId zone;

  public ChainArchiver(DataSource dataSource, Clock clock, ZoneId zone) {
    this.jdbc = new JdbcTemplate(dataSource);
    jdbc.setFetchSize(ChainVerifier.FETCH_SIZE);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
    this.write = new TransactionTemplate(transactions);
    this.archives = new ChainArchives(jdbc);
    this.clock = clock;
    this.zone = zone;
  }

  /** Archives every month before {@code firstKept} (which may not be after the current month). */
  public List<ChainArchive> archiveBefore(ChainTable table, YearMonth firstKept, Path directory) {
    if (firstKept.isAfter(YearMonth.now(clock.withZone(zone)))) {
      throw new IllegalArgumentException("the current month and later are never archived");
    }
    List<ChainArchive> written = new ArrayList<>();
    for (YearMonth month = firstOnlineMonth(table);
        month != null && month.isBefore(firstKept);
        month = month.plusMonths(1)) {
      ChainArchive archive = archiveMonth(table, month, directory);
      if (archive != null) {
        written.add(archive);
      }
    }
    return written;
  }

  /** Checks every archive file of the chain against its record and its own links. */
  public ChainVerification verifyFiles(ChainTable table, Path directory) {
    return new ArchiveFiles(table, directory).verify(archives.of(table));
  }

  private YearMonth firstOnlineMonth(ChainTable table) {
    List<OffsetDateTime> first =
        jdbc.query(
            "SELECT occurred_at FROM "
                + table.table()
                + " WHERE seq = (SELECT MIN(seq) FROM "
                + table.table()
                + ")",
            (ResultSet rs, int row) -> rs.getObject(1, OffsetDateTime.class));
    return first.isEmpty() ? null : YearMonth.from(first.get(0).atZoneSameInstant(zone));
  }

  private ChainArchive archiveMonth(ChainTable table, YearMonth month, Path directory) {
    ChainStart start = archives.tableStart(table);
    if (start.broken() != null) {
      throw new IllegalStateException("not archiving a broken chain: " + start.broken().describe());
    }
    Timestamp end = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    Long lastSeq =
        jdbc.queryForObject(
            "SELECT MAX(seq) FROM " + table.table() + " WHERE occurred_at < ?", Long.class, end);
    if (lastSeq == null || lastSeq < start.seq()) {
      return null;
    }
    String name = table.chainName() + "-" + month + ".chain.gz";
    Verified verified = writeFile(table, month, start, lastSeq, directory, name);
    ChainArchive archive =
        new ChainArchive(
            table.chainName(),
            month.toString(),
            start.seq(),
            start.prevHash(),
            lastSeq,
            verified.lastHash(),
            verified.links(),
            name,
            verified.sha256());
    write.executeWithoutResult(status -> record(table, archive));
    return archive;
  }

  private Verified writeFile(
      ChainTable table, YearMonth month, ChainStart start, long lastSeq, Path dir, String name) {
    Path temporary = dir.resolve("." + name + ".tmp");
    ChainWalk walk = new ChainWalk(table.columns().size(), start.seq(), start.prevHash());
    try {
      Files.createDirectories(dir);
      String sha256;
      try (Out out = new Out(temporary, table, month.toString())) {
        snapshot.executeWithoutResult(status -> stream(table, start.seq(), lastSeq, walk, out));
        out.close();
        sha256 = out.sha256();
      }
      if (walk.isBroken() || walk.lastSeq() != lastSeq) {
        Files.deleteIfExists(temporary);
        throw new IllegalStateException(
            "not archiving a broken chain: " + walk.result().describe());
      }
      Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      return new Verified(walk.checked(), walk.lastHash(), sha256);
    } catch (IOException e) {
      throw new UncheckedIOException("archive " + name + " could not be written", e);
    }
  }

  private void stream(ChainTable table, long from, long to, ChainWalk walk, Out out) {
    ChainWalk.Recorder recorder = walk.recordingTo(out);
    jdbc.query(
        "SELECT seq, "
            + String.join(", ", table.columns())
            + ", prev_hash, hash FROM "
            + table.table()
            + " WHERE seq BETWEEN ? AND ? ORDER BY seq",
        (RowCallbackHandler) recorder::accept,
        from,
        to);
  }

  private void record(ChainTable table, ChainArchive archive) {
    jdbc.update(
        "INSERT INTO chain_archive (chain_name, period, first_seq, first_prev_hash, last_seq,"
            + " last_hash, link_count, file_name, file_sha256, archived_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        archive.chainName(),
        archive.period(),
        archive.firstSeq(),
        archive.firstPrevHash(),
        archive.lastSeq(),
        archive.lastHash(),
        archive.linkCount(),
        archive.fileName(),
        archive.fileSha256(),
        Timestamp.from(clock.instant()));
    jdbc.update(
        "DELETE FROM " + table.table() + " WHERE seq BETWEEN ? AND ?",
        archive.firstSeq(),
        archive.lastSeq());
  }
}
