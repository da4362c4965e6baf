package org.kofu.ops.multinode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code ops/multinode/run} as it is: 3 cache members, 2 relays, 2 batch nodes and an admin on
 * PostgreSQL scratch databases, kiosk load across both relays while a member, a relay and a batch
 * node are killed and restarted, every relay start passing its canary first; then checks its
 * verdict, its last lines, and that it left no process and no database behind.
 */
class MultiNodeRunIT {

  private static final Path ROOT =
      Path.of(System.getProperty("kofu.repo.root", "../..")).normalize();
  private static final int PORT_BASE =
      Integer.parseInt(System.getenv().getOrDefault("KOFU_MULTINODE_PORT_BASE", "17000"));
  private static final String PG_URL =
      System.getProperty("kofu.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/kofu_test");
  private static final String PG_USER = System.getProperty("kofu.test.pg.user", "postgres");

  private static int exitCode;
  private static List<String> output;

  @BeforeAll
  static void runTheScript() throws Exception {
    URI pg = URI.create(PG_URL.substring("jdbc:".length()));
    Path out = ROOT.resolve("ops/multinode/target/multinode-it.out");
    Files.createDirectories(out.getParent());
    ProcessBuilder script =
        new ProcessBuilder(
                ROOT.resolve("ops/multinode/run").toString(),
                "--residents=" + System.getProperty("kofu.multinode.residents", "400"),
                "--phase-seconds=" + System.getProperty("kofu.multinode.phase-seconds", "24"),
                "--kiosks=" + System.getProperty("kofu.multinode.kiosks", "6"))
            .directory(ROOT.toFile())
            .redirectOutput(out.toFile())
            .redirectError(ROOT.resolve("ops/multinode/target/multinode-it.err").toFile());
    script.environment().put("PGHOST", pg.getHost());
    script.environment().put("PGPORT", Integer.toString(pg.getPort() > 0 ? pg.getPort() : 5432));
    script.environment().put("PGUSER", PG_USER);
    Process process = script.start();
    if (!process.waitFor(25, TimeUnit.MINUTES)) {
      process.destroy(); // SIGTERM: the script's trap stops what it started
      process.waitFor(2, TimeUnit.MINUTES);
      throw new AssertionError("ops/multinode/run did not finish within 25 minutes; see " + out);
    }
    exitCode = process.exitValue();
    output = Files.readAllLines(out, StandardCharsets.UTF_8);
  }

  @Test
  void theRunEndsWithNoFailedWrongOrStaleTransactionAndAVerifiedChain() {
    assertThat(output).hasSizeGreaterThan(3);
    List<String> last = output.subList(output.size() - 3, output.size());
    Matcher transactions =
        matcher("multinode kiosk transactions: (\\d+)   failed: (\\d+)", last.get(0));
    Matcher persons = matcher("multinode wrong-person: (\\d+)   stale: (\\d+)", last.get(1));
    Matcher chain = matcher("multinode issuance chain: verified \\((\\d+) records\\)", last.get(2));

    assertThat(Long.parseLong(transactions.group(1))).isPositive();
    assertThat(transactions.group(2)).isEqualTo("0");
    assertThat(persons.group(1)).isEqualTo("0");
    assertThat(persons.group(2)).isEqualTo("0");
    // every transaction is a certificate request in the log (result notifications come on top)
    assertThat(Long.parseLong(chain.group(1)))
        .isGreaterThanOrEqualTo(Long.parseLong(transactions.group(1)));
    assertThat(exitCode).as("exit code").isZero();
  }

  @Test
  void aMemberARelayAndABatchNodeWereKilledAndCameBack() {
    String all = String.join("\n", output);
    for (String node : List.of("member-2", "relay-1", "batch-1")) {
      assertThat(all).contains("kill -9 " + node).contains(node + " is back");
    }
    assertThat(all).containsPattern("delta runs completed since its kill");
    Matcher retries =
        matcher(
            "kiosk retries on the other relay: (\\d+)", find("kiosk retries on the other relay"));
    assertThat(Long.parseLong(retries.group(1)))
        .as("requests retried after the relay kill")
        .isPositive();
  }

  @Test
  void nothingIsLeftRunningAndTheScratchDatabasesAreGone() throws SQLException {
    List<Integer> ports =
        IntStream.of(11, 12, 13, 21, 22, 23, 31, 32, 41, 42, 51, 52, 81, 91)
            .map(p -> PORT_BASE + p)
            .boxed()
            .toList();
    assertThat(ports).allSatisfy(port -> assertThat(listening(port)).as("port " + port).isFalse());

    String token = matcher(".*/run-(\\d+_\\d+)$", find("run directory")).group(1);
    try (Connection conn = DriverManager.getConnection(PG_URL, PG_USER, "");
        PreparedStatement st =
            conn.prepareStatement("SELECT count(*) FROM pg_database WHERE datname LIKE ?")) {
      st.setString(1, "kofu_it_multinode_" + token + "%");
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).as("scratch databases left").isZero();
      }
    }
  }

  @Test
  void everyRelayStartPassedItsCanaryWhoseIssuancesAreChainedButNotCounted() {
    int types =
        Integer.parseInt(
            matcher(
                    "canary test persons chosen for (\\d+) certificate types",
                    find("canary test persons chosen"))
                .group(1));
    assertThat(types).as("every certificate type").isEqualTo(9);
    // relay-1 and relay-2 at start, relay-1 again after its kill: each passed before it counted
    List<String> passed =
        output.stream().filter(line -> line.matches(".*relay-[12] canary passed \\(.*")).toList();
    assertThat(passed).hasSize(3);
    assertThat(passed)
        .allSatisfy(
            line -> assertThat(line).contains("(" + types + " types issued and read back)"));
    assertThat(passed.get(2)).contains("relay-1");
    assertThat(String.join("\n", output))
        .containsSubsequence("kill -9 relay-1", "relay-1 canary passed", "relay-1 is back");

    Matcher audit =
        matcher(
            "canary: 3 relay starts passed \\((\\d+) CANARY_PASSED, (\\d+) CANARY_FAILED audited\\),"
                + " (\\d+) issuances \\((\\d+) logged, (\\d+) charged\\)",
            find("relay starts passed"));
    assertThat(audit.group(1)).as("audited passes").isEqualTo("3");
    assertThat(audit.group(2)).as("audited failures").isEqualTo("0");
    long issuances = Long.parseLong(audit.group(3));
    assertThat(issuances).as("one of every type per pass").isGreaterThanOrEqualTo(3L * types);
    assertThat(audit.group(4)).as("chained in the issuance log").isEqualTo(audit.group(3));
    assertThat(audit.group(5)).as("charged").isEqualTo("0");

    // the log's issued certificates outside the canary are exactly those the kiosks received
    Matcher counted =
        matcher(
            "issued certificates in the log outside the canary: (\\d+); received by the kiosks:"
                + " (\\d+)",
            find("outside the canary"));
    assertThat(counted.group(1)).isEqualTo(counted.group(2));
    assertThat(Long.parseLong(counted.group(2))).isPositive();
    assertThat(output.get(output.size() - 4))
        .isEqualTo(
            "multinode canary: 3 relays passed, " + issuances + " issuances chained, 0 counted");
  }

  private static String find(String fragment) {
    return output.stream()
        .filter(line -> line.contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line with '" + fragment + "'"));
  }

  private static Matcher matcher(String regex, String line) {
    Matcher m = Pattern.compile(regex).matcher(line);
    assertThat(m.find()).as("'%s' in '%s'", regex, line).isTrue();
    return m;
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
