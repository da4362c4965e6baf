package org.kofu.projectdb.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.kofu.projectdb.chain.ChainArchiver;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Verifies a chain of a project database in full, streaming: {@code VerifyChain <jdbc-url> <user>
 * [audit|issuance] [archive-directory]}, the password from {@code KOFU_DB_PASSWORD}; with a
 * directory, the chain's archive files too. Exit code 0 when intact, 1 when broken, 2 on bad use.
 */
public final class VerifyChain {

  private VerifyChain() {}

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 4) {
      System.err.println(
          "usage: VerifyChain <jdbc-url> <user> [audit|issuance] [archive-directory]"
              + "   (password: KOFU_DB_PASSWORD)");
      System.exit(2);
    }
    ChainTable table = ChainTable.named(args.length > 2 ? args[2] : "audit");
    DataSource dataSource =
        new DriverManagerDataSource(
            args[0], args[1], System.getenv().getOrDefault("KOFU_DB_PASSWORD", ""));
    ChainVerification result = new HashChain(dataSource).verify(table);
    System.out.println(result.describe());
    boolean intact = result.intact();
    if (args.length == 4) {
      ChainVerification files =
          new ChainArchiver(dataSource, Clock.systemUTC(), ZoneId.systemDefault())
              .verifyFiles(table, Path.of(args[3]));
      System.out.println("archives: " + files.describe());
      intact &= files.intact();
    }
    System.exit(intact ? 0 : 1);
  }
}
