package org.kofu.conformance;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The embedded system as {@code ./ops/start} makes it, in a data directory of its own and on free
 * ports: the standalone step's demo data in an H2 file shared with AUTO_SERVER (with a password),
 * the development certificates of {@code ops/tls/make-dev-ca}, and relays started from the relay's
 * jar with mutual TLS, the dev center certificate only and the embedded default. Unlike {@code
 * ./ops/start}, the relays are two nodes, each with the cache member in its process, and there is
 * neither batch nor admin (the kit talks to relays only). The broken relay is a third node: the
 * same jar with this module's test classes on its {@code loader.path} and their ports set.
 */
final class EmbeddedSystem {

  static final String PASSWORD = "conformance-it-" + UUID.randomUUID();
  private static final List<String> HAZELCAST_FLAGS =
      List.of(
          "--add-modules", "java.se",
          "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens", "java.base/java.lang=ALL-UNNAMED",
          "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens", "java.management/sun.management=ALL-UNNAMED",
          "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");

  private final Path root;
  private final Path data;
  private final String cluster = "conformance-it-" + UUID.randomUUID();
  private final String cacheKey;
  private final List<Integer> memberPorts = new ArrayList<>();

  EmbeddedSystem(Path root, Path data, int nodes) throws IOException {
    this.root = root;
    this.data = data;
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    this.cacheKey = Base64.getEncoder().encodeToString(key);
    for (int i = 0; i < nodes; i++) {
      memberPorts.add(freePort());
    }
  }

  String legacyUrl() {
    return "jdbc:h2:file:" + data.resolve("legacy") + ";AUTO_SERVER=TRUE";
  }

  String projectUrl() {
    return "jdbc:h2:file:" + data.resolve("project") + ";AUTO_SERVER=TRUE";
  }

  Path tls() {
    return data.resolve("tls");
  }

  /** A fresh data directory, the demo data (standalone step) and the dev certificates. */
  void prepare(int residents) throws Exception {
    if (Files.exists(data)) {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(data.resolve("logs"));
    // independent of each other: both at once (each is minutes of JVM starts on a busy machine)
    Process standalone =
        start(
            "standalone",
            List.of(
                "java",
                "-Xmx512m",
                "-jar",
                root.resolve("standalone/target/kofu-standalone.jar").toString(),
                "--kofu.embedded-default=true",
                "--kofu.standalone.data-dir=" + data,
                "--kofu.standalone.legacy-url=" + legacyUrl(),
                "--kofu.standalone.residents=" + residents));
    Process certificates =
        start(
            "make-dev-ca",
            List.of(root.resolve("ops/tls/make-dev-ca").toString(), tls().toString()));
    await("standalone", standalone, Duration.ofMinutes(15));
    await("make-dev-ca", certificates, Duration.ofMinutes(15));
  }

  /**
   * Relay node {@code n} (0-based). {@code broken}: with this module's broken filters, swapping
   * bodies on its mTLS listener and serving stale ones on its plain-HTTP listener.
   */
  RelayProcess relay(int n, String name, boolean broken) throws IOException {
    int https = freePort();
    int plain = freePort();
    Path jar = root.resolve("relay-server/target/kofu-relay.jar");
    List<String> command =
        new ArrayList<>(List.of("java", "-Xmx768m", "-Dh2.bindAddress=127.0.0.1"));
    command.addAll(HAZELCAST_FLAGS);
    if (!broken) {
      command.addAll(List.of("-jar", jar.toString()));
    } else {
      Path testClasses = root.resolve("ops/conformance/target/test-classes");
      command.addAll(
          List.of(
              "-cp",
              jar.toString(),
              "-Dloader.path=" + testClasses,
              "-Dloader.main=org.kofu.relay.RelayApplication",
              "org.springframework.boot.loader.launch.PropertiesLauncher",
              "--kofu.conformance.broken.swap-port=" + https,
              "--kofu.conformance.broken.stale-port=" + plain));
    }
    command.addAll(arguments(n, https, plain));
    return new RelayProcess(
        name,
        command,
        Map.of(
            "SPRING_DATASOURCE_PASSWORD", PASSWORD,
            "KOFU_LEGACY_MADOGUCHI_PASSWORD", PASSWORD,
            "KOFU_LEGACY_KOSEKI_PASSWORD", PASSWORD),
        data,
        data.resolve("logs/" + name + ".log"),
        https,
        plain);
  }

  private List<String> arguments(int n, int https, int plain) {
    String tls = tls().toString();
    String members = String.join(",", memberPorts.stream().map(p -> "127.0.0.1:" + p).toList());
    return List.of(
        "--spring.datasource.url=" + projectUrl(),
        "--kofu.legacy.madoguchi.url=" + legacyUrl(),
        "--kofu.legacy.madoguchi.username=sa",
        "--kofu.legacy.koseki.url=" + legacyUrl(),
        "--kofu.legacy.koseki.username=sa",
        "--kofu.relay.embedded-cache=true",
        "--kofu.cache.member.cluster-name=" + cluster,
        "--kofu.cache.member.port=" + memberPorts.get(n),
        "--kofu.cache.member.members=" + members,
        "--kofu.cache.member.minimum-cluster-size=1",
        "--kofu.cache.member.bind-interface=127.0.0.1",
        "--kofu.cache.crypto.active-key-id=it",
        "--kofu.cache.crypto.keys.it=" + cacheKey,
        "--spring.ssl.bundle.jks.relay.key.alias=relay",
        "--spring.ssl.bundle.jks.relay.keystore.location=file:" + tls + "/server.p12",
        "--spring.ssl.bundle.jks.relay.keystore.password=changeit",
        "--spring.ssl.bundle.jks.relay.truststore.location=file:" + tls + "/truststore.p12",
        "--spring.ssl.bundle.jks.relay.truststore.password=changeit",
        "--server.ssl.bundle=relay",
        "--server.ssl.client-auth=need",
        "--server.address=127.0.0.1",
        "--server.port=" + https,
        "--kofu.relay.center.subjects[0]=CN=jlis center",
        "--kofu.relay.center.crl=" + tls + "/crl.pem",
        "--kofu.relay.plain-http.enabled=true",
        "--kofu.relay.plain-http.port=" + plain,
        // the relay's own canary is not what this IT checks, and a node waiting for it answers 503
        "--kofu.relay.canary.mode=OFF",
        "--kofu.embedded-default=true");
  }

  /**
   * Opens the existing systems' H2 file in this JVM first, so that this JVM serves it to the others
   * (AUTO_SERVER, loopback only) and runs its triggers: they are the demo data's Java classes,
   * which the relay's jar does not hold, and the kit's fixture writes fire them.
   */
  Connection hostLegacy() throws Exception {
    System.setProperty("h2.bindAddress", "127.0.0.1");
    return DriverManager.getConnection(legacyUrl(), "sa", PASSWORD);
  }

  /** Open all day (as ops/multinode's run does): a test must not depend on the hour it runs at. */
  void openAllDay() throws Exception {
    try (Connection c = DriverManager.getConnection(projectUrl(), "sa", PASSWORD)) {
      openAllDay(c);
    }
  }

  /**
   * Opens the service of the project database {@code c} all day, with no year-end closing today (it
   * is moved half a year away).
   */
  static void openAllDay(Connection c) throws Exception {
    String closing =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))
            .plusDays(180)
            .format(java.time.format.DateTimeFormatter.ofPattern("MM-dd"));
    try (Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE service_hours SET opens_at = TIME '00:00:00', closes_at = TIME '23:59:59',"
              + " year_end_from = '"
              + closing
              + "', year_end_to = '"
              + closing
              + "'");
    }
  }

  private Process start(String name, List<String> command) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("logs/" + name + ".log").toFile());
    builder.environment().put("SPRING_DATASOURCE_PASSWORD", PASSWORD);
    builder.environment().put("KOFU_LEGACY_MADOGUCHI_PASSWORD", PASSWORD);
    builder.environment().put("KOFU_LEGACY_KOSEKI_PASSWORD", PASSWORD);
    return builder.start();
  }

  private void await(String name, Process process, Duration limit) throws InterruptedException {
    Path log = data.resolve("logs/" + name + ".log");
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not finish within " + limit + "; see " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(name + " exited " + process.exitValue() + "; see " + log);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
