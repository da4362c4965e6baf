package org.kofu.cache.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.testing.Subjects;
import org.kofu.cache.testing.SyntheticBodies;
import org.kofu.cache.testing.TestCluster;

/**
 * The member application in a process of its own, as it runs in production: it starts from its
 * YAML, reports health and metrics, and a dump of its heap holds no name or address of the bodies a
 * client wrote through it.
 */
class CacheMemberProcessIT {

  private static final int PERSONS = 20;
  private static final Path TARGET = Path.of("target");

  private final TestCluster cluster = new TestCluster(1);
  private Process member;

  @AfterEach
  void stop() throws InterruptedException {
    cluster.close();
    if (member != null) {
      member.destroy();
      if (!member.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        member.destroyForcibly();
      }
    }
  }

  @Test
  void theStandaloneMemberServesClientsReportsMetricsAndItsHeapHoldsNoPlaintext() throws Exception {
    int port = TestCluster.freePort();
    int httpPort = TestCluster.freePort();
    member = startMember(port, httpPort);
    HttpClient http = HttpClient.newHttpClient();
    await()
        .atMost(Duration.ofSeconds(90))
        .ignoreExceptions()
        .until(() -> get(http, httpPort, "/actuator/health").contains("\"UP\""));
    HazelcastInstance client = cluster.client(List.of("127.0.0.1:" + port));
    CertificateCache cache = TestCluster.cache(client, Clock.systemUTC());
    Instant night = Instant.parse("2026-11-25T01:00:00Z");

    for (int p = 200_000; p < 200_000 + PERSONS; p++) {
      cache.put(Subjects.juminhyo(p), Subjects.sources(p, 1), night, SyntheticBodies.body(p));
    }
    String metrics = get(http, httpPort, "/actuator/prometheus");
    String heap = heapDump(member.pid());

    assertThat(cache.get(Subjects.juminhyo(200_001))).isPresent();
    assertThat(metrics)
        .containsPattern("kofu_cache_entries\\{[^}]*map=\"certificate-bodies\"[^}]*} 20.0");
    assertThat(metrics).containsPattern("(?m)^kofu_cache_cluster_members\\{[^}]*} 1.0$");
    // every name ops/monitoring says the member exports (the alert rules are checked against them)
    for (String name : exportedNames("cache-member")) {
      assertThat(metrics).as(name).containsPattern("(?m)^" + name + "[{ ]");
    }
    assertThat(heap).as("the search finds what is in the clear").contains("A200001|JUMINHYO");
    for (int p = 200_000; p < 200_000 + PERSONS; p++) {
      for (String secret : List.of(SyntheticBodies.nameOf(p), "函館市")) {
        assertThat(heap).doesNotContain(encoded(secret, StandardCharsets.UTF_8));
        assertThat(heap).doesNotContain(encoded(secret, StandardCharsets.UTF_16LE));
        assertThat(heap).doesNotContain(encoded(secret, StandardCharsets.UTF_16BE));
      }
    }
  }

  private static List<String> exportedNames(String role) throws IOException {
    return Files.readAllLines(Path.of("..", "ops", "monitoring", "metrics", role + ".txt")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private Process startMember(int port, int httpPort) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx192m");
    command.addAll(List.of(System.getProperty("kofu.hazelcast.jvm-flags", "").split(" ")));
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            CacheMemberApplication.class.getName(),
            "--server.port=" + httpPort,
            "--kofu.cache.member.port=" + port,
            "--kofu.cache.member.cluster-name=" + cluster.clusterName(),
            "--kofu.cache.member.members=127.0.0.1:" + port,
            "--kofu.cache.member.minimum-cluster-size=1"));
    command.removeIf(String::isBlank);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(TARGET.resolve("cache-member-process.log").toFile())
        .start();
  }

  private static String get(HttpClient http, int port, String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  /** The member's heap, as bytes in a Latin-1 string so that any encoding can be searched. */
  private static String heapDump(long pid) throws Exception {
    Path dump = TARGET.resolve("cache-member-" + pid + ".hprof").toAbsolutePath();
    Files.deleteIfExists(dump);
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.heap_dump", dump.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor()).as(new String(process.getInputStream().readAllBytes())).isZero();
    try {
      return new String(Files.readAllBytes(dump), StandardCharsets.ISO_8859_1);
    } finally {
      Files.delete(dump);
    }
  }

  private static String encoded(String text, java.nio.charset.Charset charset) {
    return new String(text.getBytes(charset), StandardCharsets.ISO_8859_1);
  }
}
