package org.kofu.projectdb.cli;

import java.util.concurrent.Callable;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Verifies the audit chain of a project database: {@code VerifyChain <jdbc-url> <user>}, the
 * password from {@code KOFU_DB_PASSWORD}. Exit code 0 when intact, 1 when broken, 2 on bad use.
 */
@Command(
    name = "VerifyChain",
    description = "Verifies the audit chain (password: KOFU_DB_PASSWORD).")
public final class VerifyChain implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<jdbc-url>")
  String url;

  @Parameters(index = "1", paramLabel = "<user>")
  String user;

  public static void main(String[] args) {
    System.exit(new CommandLine(new VerifyChain()).execute(args));
  }

  @Override
  public Integer call() {
    String password = System.getenv().getOrDefault("KOFU_DB_PASSWORD", "");
    ChainVerification result =
        new HashChain(new DriverManagerDataSource(url, user, password)).verify(ChainTable.AUDIT);
    System.out.println(result.describe());
    return result.intact() ? 0 : 1;
  }
}
