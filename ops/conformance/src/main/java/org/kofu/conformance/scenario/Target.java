package org.kofu.conformance.scenario;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.sql.DataSource;
import org.kofu.kiosk.load.KioskHttp;
import org.kofu.kiosk.load.PersonSnapshots;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server under test as the scenarios see it: its nodes (two URLs; one URL is both), the
 * center's TLS material, its existing systems' database (the expected answers), and what the run
 * may do to it (write fixtures, restart a node).
 *
 * @param nodes the nodes' base URLs, at least one; {@link #node(int)} wraps around
 * @param tls the center's client certificate and the trusted CAs; null: plain HTTP
 * @param keystore the center's client certificate as a file (null: none), for what the scenarios
 *     build their own TLS from
 * @param truststore the CAs trusted for the server's certificate (null with plain HTTP)
 * @param tlsPassword both PKCS12 files' password
 * @param legacy the existing systems (both schemas), read-only unless {@code writeFixtures}
 * @param writeFixtures whether the run may commit changes to the existing systems (a test database
 *     only): the scenarios that need a change committed before or during requests
 * @param restartCommand a shell command that restarts {@code restartNode} (null: not given)
 * @param restartNode the node the command restarts (index into {@code nodes})
 * @param municipality the municipality code the server serves
 */
public record Target(
    List<URI> nodes,
    SSLContext tls,
    Path keystore,
    Path truststore,
    char[] tlsPassword,
    DataSource legacy,
    boolean writeFixtures,
    String restartCommand,
    int restartNode,
    String municipality,
    KioskHttp http) {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final Duration ANSWER = Duration.ofSeconds(30);
  static final Duration RETRYING = Duration.ofSeconds(60);

  public Target {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("at least one URL");
    }
  }

  /** Node {@code i}, wrapping: with one URL every node is that one. */
  public URI node(int i) {
    return nodes.get(Math.floorMod(i, nodes.size()));
  }

  public PersonSnapshots snapshots() {
    return new PersonSnapshots(legacy);
  }

  public JdbcTemplate jdbc() {
    return new JdbcTemplate(legacy);
  }

  /**
   * POSTs {@code json} to {@code path} of node {@code i}. A {@code 503 SOURCE_UNAVAILABLE} is the
   * contract's "try again": the same request (the same requestId, which makes it safe) is sent
   * again after its {@code Retry-After} (at most 5 s), for up to {@link #RETRYING}; the last answer
   * counts.
   */
  public KioskHttp.Reply post(int i, String path, String json) throws IOException {
    long deadline = System.nanoTime() + RETRYING.toNanos();
    while (true) {
      KioskHttp.Reply reply = http.post(node(i).resolve(path), json, ANSWER);
      if (reply.status() != 503
          || !"SOURCE_UNAVAILABLE".equals(Issued.reason(reply))
          || System.nanoTime() > deadline) {
        return reply;
      }
      long seconds = reply.header("Retry-After").map(Target::seconds).orElse(1L);
      try {
        Thread.sleep(Math.max(200, Math.min(5_000, seconds * 1_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return reply;
      }
    }
  }

  private static long seconds(String retryAfter) {
    try {
      return Long.parseLong(retryAfter.trim());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public KioskHttp.Reply get(int i, String path) throws IOException {
    return http.get(node(i).resolve(path), ANSWER);
  }

  /** A fresh requestId: {@code conf-} and a random UUID (the contract's pattern). */
  public static String newRequestId() {
    return "conf-" + UUID.randomUUID();
  }

  public static String now() {
    return OffsetDateTime.now(TOKYO).toString();
  }

  /** A certificate request of the contract. */
  public String certificate(String requestId, String person, String type, String options) {
    return certificate(requestId, person, type, options, "CONF-1");
  }

  public String certificate(
      String requestId, String person, String type, String options, String kioskId) {
    return ("{\"requestId\":\"%s\",\"municipalityCode\":\"%s\",\"juminhyoCode\":\"%s\","
            + "\"certificateType\":\"%s\",\"options\":%s,\"copies\":1,\"kioskId\":\"%s\","
            + "\"requestedAt\":\"%s\"}")
        .formatted(requestId, municipality, person, type, options, kioskId, now());
  }
}
