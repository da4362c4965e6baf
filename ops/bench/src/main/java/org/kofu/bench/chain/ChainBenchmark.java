package org.kofu.bench.chain;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.kofu.projectdb.chain.ChainBulkLoad;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.ChainVerifier;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ops/bench/chain}: a full verification of a long audit chain against its baseline, the same
 * rows streamed by the same cursor and only read (no canonical text, no SHA-256), in alternating
 * rounds in one JVM. Exits 1 when a verification does not find the chain intact and whole.
 */
@Command(name = "chain", description = "a full verification of a long chain against its baseline")
public final class ChainBenchmark implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<jdbc-url>", description = "a new, empty database")
  String url;

  @Parameters(index = "1", paramLabel = "<user>")
  String user;

  @Parameters(index = "2", paramLabel = "<links>")
  long links;

  @Parameters(index = "3", paramLabel = "<rounds>")
  int rounds;

  @Override
  public Integer call() throws Exception {
    return run(url, user, links, rounds, System.out);
  }

  static int run(String url, String user, long links, int rounds, PrintStream out)
      throws Exception {
    DataSource dataSource = new DriverManagerDataSource(url, user, "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/project").load().migrate();
    ChainBulkLoad.audit(url, user, "", links, Instant.parse("2025-12-31T15:00:00Z"));
    HashChain chain = new HashChain(dataSource);
    List<Round> baseline = new ArrayList<>();
    List<Round> verify = new ArrayList<>();
    boolean whole = true;
    for (int round = 0; round < rounds; round++) {
      baseline.add(measure(() -> readOnly(dataSource)));
      long[] checked = new long[1];
      verify.add(
          measure(
              () -> {
                ChainVerification result = chain.verify(ChainTable.AUDIT);
                checked[0] = result.intact() ? result.linksChecked() : -1;
              }));
      whole &= checked[0] == links;
      out.printf(
          "round %d: baseline %.2f s (cpu %.2f s), verify %.2f s (cpu %.2f s)%n",
          round + 1,
          seconds(baseline.get(round).wall()),
          seconds(baseline.get(round).cpu()),
          seconds(verify.get(round).wall()),
          seconds(verify.get(round).cpu()));
    }
    double baselineRate = links / seconds(median(baseline, Round::wall));
    double verifyRate = links / seconds(median(verify, Round::wall));
    double cpuRatio = (double) median(verify, Round::cpu) / median(baseline, Round::cpu);
    out.printf("chain links: %d, rounds: %d (median of alternating rounds)%n", links, rounds);
    out.printf("chain verify cpu ratio: %.2f   (verifier / baseline, this JVM's CPU)%n", cpuRatio);
    out.printf(
        "chain baseline rows/s: %.0f   (the same rows streamed, not hashed)%n", baselineRate);
    out.printf("chain verify rows/s: %.0f%n", verifyRate);
    if (!whole) {
      out.println("chain verify: a verification did not find every link intact");
      return 1;
    }
    return 0;
  }

  private static void readOnly(DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.setFetchSize(ChainVerifier.FETCH_SIZE);
    long[] sink = new long[1];
    new TransactionTemplate(new DataSourceTransactionManager(dataSource))
        .executeWithoutResult(
            status ->
                jdbc.query(
                    "SELECT seq, occurred_at, actor, action, detail, client_ip, prev_hash, hash"
                        + " FROM audit_log WHERE seq >= ? ORDER BY seq",
                    (RowCallbackHandler)
                        rs -> {
                          for (int i = 1; i <= 8; i++) {
                            Object value = rs.getObject(i);
                            sink[0] += value == null ? 0 : 1;
                          }
                        },
                    1L));
  }

  private static Round measure(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    work.run();
    return new Round(System.nanoTime() - wall, threads.getCurrentThreadCpuTime() - cpu);
  }

  private static long median(List<Round> rounds, java.util.function.ToLongFunction<Round> of) {
    long[] values = rounds.stream().mapToLong(of).toArray();
    Arrays.sort(values);
    return values[values.length / 2];
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private record Round(long wall, long cpu) {}
}
