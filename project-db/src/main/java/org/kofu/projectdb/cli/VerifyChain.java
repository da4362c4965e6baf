package org.kofu.projectdb.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainArchiver;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Verifies a chain of a project database in full, streaming: {@code VerifyChain <jdbc-url> <user>
 * [audit|issuance] [archive-directory]}, the password from {@code KOFU_DB_PASSWORD}; with a
 * directory, the chain's archive files too. Exit code 0 when intact, 1 when broken, 2 on bad use.
 */
@Command(
    name = "VerifyChain",
    description = "Verifies a chain in full, and its archives (password: KOFU_DB_PASSWORD).")
public final class VerifyChain implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<jdbc-url>")
  String url;

  @Parameters(index = "1", paramLabel = "<user>")
  String user;

  @Parameters(index = "2", paramLabel = "<chain>", arity = "0..1", defaultValue = "audit")
  String chain;

  @Parameters(index = "3", paramLabel = "<archive-directory>", arity = "0..1")
  Path archives;

  public static void main(String[] args) {
    System.exit(new CommandLine(new VerifyChain()).execute(args));
  }

  @Override
  public Integer call() {
    ChainTable table = ChainTable.named(chain);
    DataSource dataSource =
        new DriverManagerDataSource(
            url, user, System.getenv().getOrDefault("KOFU_DB_PASSWORD", ""));
    ChainVerification result = new HashChain(dataSource).verify(table);
    System.out.println(result.describe());
    boolean intact = result.intact();
    if (archives != null) {
      ChainVerification files =
          new ChainArchiver(dataSource, Clock.systemUTC(), ZoneId.systemDefault())
              .verifyFiles(table, archives);
      System.out.println("archives: " + files.describe());
      intact &= files.intact();
    }
    return intact ? 0 : 1;
  }
}
