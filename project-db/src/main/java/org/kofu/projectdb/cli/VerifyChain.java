package org.kofu.projectdb.cli;

import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Verifies the audit chain of a project database: {@code VerifyChain <jdbc-url> <user>}, the
 * password from {@code KOFU_DB_PASSWORD}. Exit code 0 when intact, 1 when broken, 2 on bad use.
 */
public final class VerifyChain {

  private VerifyChain() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: VerifyChain <jdbc-url> <user>   (password: KOFU_DB_PASSWORD)");
      System.exit(2);
    }
    String password = System.getenv().getOrDefault("KOFU_DB_PASSWORD", "");
    ChainVerification result =
        new HashChain(new DriverManagerDataSource(args[0], args[1], password))
            .verify(ChainTable.AUDIT);
    System.out.println(result.describe());
    System.exit(result.intact() ? 0 : 1);
  }
}
