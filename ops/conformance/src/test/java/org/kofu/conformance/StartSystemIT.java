package org.kofu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real {@code ./ops/start}, in a scratch data directory ({@code KOFU_DATA}) and on ports of its
 * own ({@code KOFU_START_PORT_OFFSET}), with {@code ops/conformance/run} run against it with no
 * arguments, as a developer runs them: every scenario passes, the fixture writes to its demo
 * existing systems and the restart of its relay ({@code ./ops/start --restart-relay}) included. The
 * only thing done to the system from outside is opening the service all day (its project database's
 * {@code service_hours}), so that the run does not depend on the hour. Every process {@code
 * ./ops/start} started is stopped afterwards, also when the test fails.
 */
class StartSystemIT {

  private static final Path ROOT =
      Path.of(System.getProperty("kofu.repo.root", "../..")).toAbsolutePath().normalize();
  private static final Path TARGET = ROOT.resolve("ops/conformance/target");
  private static final Path DATA = TARGET.resolve("start-system");
  // the standalone step, five JVMs and the canary on a shared two-core machine
  private static final Duration START = Duration.ofMinutes(25);
  private static final int[] PORTS = {8443, 8080, 8081, 9443, 5701, 8086};

  private static int offset;
  private static Process start;
  private static Path startOut;
  private static Path kitOut;
  private static String oldRelayPid;
  private static int exit;
  private static volatile long notPassedSince;
  private static List<String> lines;

  @BeforeAll
  static void startTheSystemAndRunTheKit() throws Exception {
    deleteData();
    offset = freeOffset();
    startOut = TARGET.resolve("start-system-ops-start.log");
    ProcessBuilder builder =
        new ProcessBuilder(ROOT.resolve("ops/start").toString(), "--kofu.standalone.residents=300")
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(startOut.toFile());
    environment(builder);
    start = builder.start();

    int plain = 8080 + offset;
    await("the relay listening", () -> healthStatus(plain) > 0);
    openAllDay();
    await("the relay's canary passed", () -> canaryPassed(plain));
    await("./ops/start ready", () -> Files.exists(DATA.resolve("run/start.pid")));
    oldRelayPid = Files.readString(DATA.resolve("run/relay.pid")).trim();

    kitOut = TARGET.resolve("start-system-kit.log");
    ProcessBuilder kit =
        new ProcessBuilder(ROOT.resolve("ops/conformance/run").toString())
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(kitOut.toFile());
    environment(kit);
    Process run = kit.start();
    // the relay the kit restarts runs its canary again before it answers 200
    Thread canary =
        new Thread(
            () -> {
              while (run.isAlive()) {
                canaryPassed(plain);
                try {
                  TimeUnit.SECONDS.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    canary.setDaemon(true);
    canary.start();
    if (!run.waitFor(30, TimeUnit.MINUTES)) {
      run.destroyForcibly();
      throw new AssertionError("the kit did not finish within 30 minutes; see " + kitOut);
    }
    exit = run.exitValue();
    lines =
        Files.readAllLines(kitOut, StandardCharsets.UTF_8).stream()
            .filter(l -> l.matches("(PASS|FAIL|SKIP) .*|\\d+ passed, \\d+ failed"))
            .toList();
  }

  @AfterAll
  static void stopEverythingItStarted() throws InterruptedException {
    if (start == null) {
      return;
    }
    // ./ops/start stops its roles on SIGTERM; whatever is left after that is killed
    List<ProcessHandle> started = new ArrayList<>(start.descendants().toList());
    start.destroy();
    if (!start.waitFor(3, TimeUnit.MINUTES)) {
      started.addAll(start.descendants().toList());
      start.destroyForcibly();
    }
    for (ProcessHandle process : started) {
      if (process.isAlive()) {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void everyScenarioPassesAgainstTheSystemOfOpsStartWithNoArguments() {
    assertThat(lines).as("the kit's lines in " + kitOut).isNotEmpty();
    for (String scenario : ConformanceKit.names()) {
      assertThat(lines)
          .as("the kit's lines in " + kitOut)
          .anyMatch(l -> l.startsWith("PASS " + scenario + ": "));
    }
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(ConformanceKit.names().size() + " passed, 0 failed");
    assertThat(exit).isZero();
  }

  @Test
  void theRestartScenarioRestartedTheRelayOfOpsStart() throws IOException {
    String relayPid = Files.readString(DATA.resolve("run/relay.pid")).trim();
    assertThat(relayPid).isNotEqualTo(oldRelayPid);
    assertThat(Files.readString(DATA.resolve("logs/relay.log")))
        .contains("==== restarted ", "by ./ops/start --restart-relay");
  }

  @Test
  void theDemoExistingSystemsAreServedByTheStandInNotByAProductRole() throws IOException {
    // the lock of an AUTO_SERVER file names the server (host:port, e.g. localhost:33927)
    Properties lock = new Properties();
    try (Reader in = Files.newBufferedReader(DATA.resolve("legacy.lock.db"))) {
      lock.load(in);
    }
    String server = lock.getProperty("server", "");
    assertThat(server).matches(".+:\\d+");
    int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    assertThat(listenerPid(port)).isEqualTo(pidOf("kofu-existing-system-exec.jar"));
  }

  private static void environment(ProcessBuilder builder) {
    builder.environment().put("KOFU_DATA", DATA.toString());
    builder.environment().put("KOFU_START_PORT_OFFSET", Integer.toString(offset));
  }

  /** An offset below the ephemeral range at which every port of ./ops/start is free now. */
  private static int freeOffset() {
    for (int attempt = 0; attempt < 50; attempt++) {
      int candidate = ThreadLocalRandom.current().nextInt(100, 220) * 100;
      if (Arrays.stream(PORTS).allMatch(p -> free(p + candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free set of ports for ./ops/start");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The relay's plain health status, 0 when it does not answer. */
  private static int healthStatus(int port) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    try {
      return client
          .send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/jlis/v1/health"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /**
   * Whether the relay's health is 200 (its canary passed). A canary that failed stays failed until
   * an officer asks for another run (the admin's button: a {@code canary_request} row, which every
   * relay polls); on a loaded test machine one can fail on a timeout, so after 2 minutes of 503
   * this asks again, as the officer would.
   */
  private static boolean canaryPassed(int port) {
    int status = healthStatus(port);
    if (status == 200) {
      notPassedSince = 0;
      return true;
    }
    if (status != 503) {
      return false;
    }
    long now = System.nanoTime();
    if (notPassedSince == 0) {
      notPassedSince = now;
    } else if (now - notPassedSince > Duration.ofMinutes(2).toNanos()) {
      notPassedSince = now;
      askForCanary();
    }
    return false;
  }

  private static void askForCanary() {
    try (Connection c = project();
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO canary_request (requested_at, requested_by)"
              + " VALUES (CURRENT_TIMESTAMP, 'start-system-it')");
    } catch (Exception e) {
      // asked again two minutes later
    }
  }

  private static Connection project() throws Exception {
    String password = Files.readString(DATA.resolve("secrets/h2-password")).trim();
    String url = "jdbc:h2:file:" + DATA.resolve("project") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
    return DriverManager.getConnection(url, "sa", password);
  }

  /** Waits for {@code condition}, failing when ./ops/start exits or it takes too long. */
  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    while (!condition.getAsBoolean()) {
      if (!start.isAlive()) {
        throw new AssertionError(
            "./ops/start exited " + start.exitValue() + " before " + what + "; see " + startOut);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not " + what + " within " + START + "; see " + startOut);
      }
      TimeUnit.SECONDS.sleep(2);
    }
  }

  /**
   * Open all day, no year-end closing today (as ops/multinode's run does), through the relay, which
   * serves the project database's file once it listens.
   */
  private static void openAllDay() throws Exception {
    try (Connection c = project()) {
      EmbeddedSystem.openAllDay(c);
    }
  }

  private static long pidOf(String jar) {
    return start
        .descendants()
        .filter(p -> p.info().commandLine().orElse("").contains(jar))
        .map(ProcessHandle::pid)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no process of " + jar + " under ./ops/start"));
  }

  /** The pid listening on {@code port} on loopback (ss), -1 when none is found. */
  private static long listenerPid(int port) throws IOException {
    Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).start();
    String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("pid=(\\d+)").matcher(out);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static void deleteData() throws IOException {
    if (Files.exists(DATA)) {
      try (Stream<Path> files = Files.walk(DATA)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
