package org.kofu.projectdb.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import org.kofu.projectdb.chain.ChainArchive;
import org.kofu.projectdb.chain.ChainArchiver;
import org.kofu.projectdb.chain.ChainTable;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Moves the months of a chain older than those kept online into archive files: {@code ArchiveChain
 * <jdbc-url> <user> <audit|issuance> <archive-directory> <months-online> [zone]} (password from
 * {@code KOFU_DB_PASSWORD}; months in {@code zone}, default Asia/Tokyo). {@code months-online} 12
 * keeps the current month and the 12 before it. Exit code 0 done, 1 refused, 2 on bad use.
 */
@Command(
    name = "ArchiveChain",
    description = "Moves old months of a chain into archive files (password: KOFU_DB_PASSWORD).")
public final class ArchiveChain implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<jdbc-url>")
  String url;

  @Parameters(index = "1", paramLabel = "<user>")
  String user;

  @Parameters(index = "2", paramLabel = "<chain>")
  String chain;

  @Parameters(index = "3", paramLabel = "<archive-directory>")
  Path directory;

  @Parameters(index = "4", paramLabel = "<months-online>")
  int monthsOnline;

  @Parameters(index = "5", paramLabel = "<zone>", arity = "0..1", defaultValue = "Asia/Tokyo")
  ZoneId zone;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ArchiveChain()).execute(args));
  }

  @Override
  public Integer call() {
    YearMonth firstKept = YearMonth.now(zone).minusMonths(monthsOnline);
    ChainArchiver archiver =
        new ChainArchiver(
            new DriverManagerDataSource(
                url, user, System.getenv().getOrDefault("KOFU_DB_PASSWORD", "")),
            Clock.systemUTC(),
            zone);
    try {
      List<ChainArchive> written =
          archiver.archiveBefore(ChainTable.named(chain), firstKept, directory);
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
      return 0;
    } catch (IllegalStateException | IllegalArgumentException e) {
      System.err.println("refused: " + e.getMessage());
      return 1;
    }
  }
}
