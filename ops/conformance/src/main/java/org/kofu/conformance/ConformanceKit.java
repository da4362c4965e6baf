package org.kofu.conformance;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLContext;
import org.kofu.conformance.scenario.Issued;
import org.kofu.conformance.scenario.Scenario;
import org.kofu.conformance.scenario.Target;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.kiosk.load.KioskHttp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The conformance kit: runs the scenarios of the relay contract's invariants against any server
 * that speaks {@code jlis-relay-api.md}, with the expected answers read from its existing systems'
 * database. Prints one line per scenario and {@code N passed, N failed} last; exits 1 when any
 * failed, 2 on a usage error.
 */
@Command(
    name = "conformance",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = "The relay contract's conformance kit (ops/conformance/README.md).")
public final class ConformanceKit implements Callable<Integer> {

  @Option(
      names = "--url",
      split = ",",
      defaultValue = "https://localhost:8443",
      description = "the server's nodes: two URLs (one URL: both nodes are it)")
  List<URI> urls;

  @Option(
      names = "--keystore",
      defaultValue = "kofu-data/tls/center.p12",
      description = "the center's client certificate (PKCS12)")
  Path keystore;

  @Option(
      names = "--truststore",
      defaultValue = "kofu-data/tls/truststore.p12",
      description = "the CAs trusted for the server's certificate (PKCS12)")
  Path truststore;

  @Option(
      names = "--db-url",
      defaultValue = "jdbc:h2:file:./kofu-data/legacy;AUTO_SERVER=TRUE",
      description =
          "the server's existing systems (both schemas); password: KOFU_CONFORMANCE_DB_PASSWORD")
  String dbUrl;

  @Option(names = "--db-user", defaultValue = "sa")
  String dbUser;

  @Option(
      names = "--write-fixtures",
      description =
          "fixture mode: commit changes and restrictions to the existing systems (a TEST database"
              + " only; each is undone afterwards)")
  boolean writeFixtures;

  @Option(
      names = "--restart-command",
      description = "a shell command that restarts one node (the repeat-after-restart scenario)")
  String restartCommand;

  @Option(
      names = "--restart-node",
      defaultValue = "2",
      description = "which URL the restart command restarts (1 or 2)")
  int restartNode;

  @Option(names = "--municipality", defaultValue = "012025")
  String municipality;

  @Option(names = "--only", split = ",", description = "run only these scenarios (names)")
  List<String> only = List.of();

  private final PrintStream out;

  ConformanceKit(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /** Runs the kit, printing to {@code out}; returns its exit code. */
  public static int run(String[] args, PrintStream out) {
    return new CommandLine(new ConformanceKit(out))
        .setOut(new PrintWriter(out, true))
        .execute(args);
  }

  @Override
  public Integer call() throws Exception {
    char[] password = System.getenv().getOrDefault("KOFU_TLS_PASSWORD", "changeit").toCharArray();
    boolean https = "https".equals(urls.get(0).getScheme());
    SSLContext tls = https ? RelayClient.tls(keystore, truststore, password) : null;
    try (HikariDataSource legacy = dataSource();
        KioskHttp http = KioskHttp.open(tls, 40)) {
      Target target =
          new Target(
              urls,
              tls,
              https ? keystore : null,
              https ? truststore : null,
              password,
              legacy,
              writeFixtures,
              restartCommand,
              Math.max(0, Math.min(urls.size(), restartNode) - 1),
              municipality,
              http);
      List<Outcome> outcomes = new ArrayList<>();
      for (Scenario scenario : Scenarios.all()) {
        if (only.isEmpty() || only.contains(scenario.name())) {
          Outcome outcome = run(scenario, target);
          out.println(outcome.line());
          outcomes.add(outcome);
        }
      }
      long passed = outcomes.stream().filter(o -> o.status() == Outcome.Status.PASS).count();
      long failed = outcomes.stream().filter(o -> o.status() == Outcome.Status.FAIL).count();
      out.println(passed + " passed, " + failed + " failed");
      return failed == 0 ? 0 : 1;
    }
  }

  private static Outcome run(Scenario scenario, Target target) {
    try {
      return scenario.run(target);
    } catch (Issued.NotInService e) {
      return Outcome.skip(scenario.name(), e.getMessage());
    } catch (Exception e) {
      return Outcome.fail(
          scenario.name(), e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()));
    }
  }

  /** Read-only unless in fixture mode (PostgreSQL enforces it; see the README for H2). */
  private HikariDataSource dataSource() {
    HikariDataSource legacy = new HikariDataSource();
    legacy.setJdbcUrl(dbUrl);
    legacy.setUsername(dbUser);
    legacy.setPassword(System.getenv().getOrDefault("KOFU_CONFORMANCE_DB_PASSWORD", ""));
    legacy.setMaximumPoolSize(8);
    legacy.setReadOnly(!writeFixtures);
    legacy.setPoolName("conformance-legacy");
    return legacy;
  }

  /** The scenario names, for --only and the README. */
  static List<String> names() {
    return Arrays.asList(Scenarios.all().stream().map(Scenario::name).toArray(String[]::new));
  }
}
