package org.kofu.projectdb.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.kofu.projectdb.chain.ChainArchive;
import org.kofu.projectdb.chain.ChainArchiver;
import org.kofu.projectdb.chain.ChainTable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Moves the months of a chain older than those kept online into archive files: {@code ArchiveChain
 * <jdbc-url> <user> <audit|issuance> <archive-directory> <months-online> [zone]} (password from
 * {@code KOFU_DB_PASSWORD}; months in {@code zone}, default Asia/Tokyo). {@code months-online} 12
 * keeps the current month and the 12 before it. Exit code 0 done, 1 refused, 2 on bad use.
 */
public final class ArchiveChain {

  private ArchiveChain() {}

  public static void main(String[] args) {
    if (args.length < 5 || args.length > 6) {
      System.err.println(
          "usage: ArchiveChain <jdbc-url> <user> <audit|issuance> <archive-directory>"
              + " <months-online> [zone]   (password: KOFU_DB_PASSWORD)");
      System.exit(2);
    }
    ZoneId zone = ZoneId.of(args.length == 6 ? args[5] : "Asia/Tokyo");
    YearMonth firstKept = YearMonth.now(zone).minusMonths(Integer.parseInt(args[4]));
    ChainArchiver archiver =
        new ChainArchiver(
            new DriverManagerDataSource(
                args[0], args[1], System.getenv().getOrDefault("KOFU_DB_PASSWORD", "")),
            Clock.systemUTC(),
            zone);
    try {
      List<ChainArchive> written =
          archiver.archiveBefore(ChainTable.named(args[2]), firstKept, Path.of(args[3]));
      for (ChainArchive archive : written) {
        System.out.println(
            archive.period()
                + ": links "
                + archive.firstSeq()
                + ".."
                + archive.lastSeq()
                + " -> "
                + archive.fileName());
      }
      System.out.println(written.size() + " months archived; online from " + firstKept);
    } catch (IllegalStateException | IllegalArgumentException e) {
      System.err.println("refused: " + e.getMessage());
      System.exit(1);
    }
  }
}
