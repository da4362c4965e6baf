package org.kofu.relay.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.TestCluster;
import org.kofu.kiosk.cli.KioskSimulator;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.kiosk.load.KioskHttp;
import org.kofu.kiosk.load.Latencies;
import org.kofu.kiosk.load.LoadDriver;
import org.kofu.relay.RelayApplication;
import org.kofu.relay.support.RelayTestContext;
import org.kofu.relay.support.TestLegacy;
import org.kofu.relay.support.TestSeal;
import org.kofu.testsupport.DevCa;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The relay over HTTPS with certificates from {@code ops/tls/make-dev-ca}: the center's client
 * certificate (configured by subject) is served; no certificate, or one from another CA, is refused
 * in the handshake; a second certificate from the center's CA, or the center's subject on a revoked
 * certificate, gets a 401 before any handler; TLS 1.1 and CBC suites are refused. Handshakes
 * refused are counted by reason. The relay runs outside the embedded default, with the city's mayor
 * and seal configured. The plain-HTTP listener answers on loopback.
 */
class MutualTlsIT {

  private static final Path TLS = Path.of("target/tls-test");
  private static final char[] PASSWORD = DevCa.PASSWORD.toCharArray();
  private static ConfigurableApplicationContext relay;
  private static int httpsPort;
  private static int plainPort;

  @BeforeAll
  static void startRelayOverTls() throws Exception {
    DevCa.make(TLS.resolve("center"), "kofu test center CA");
    DevCa.make(TLS.resolve("other"), "some other CA");
    plainPort = TestCluster.freePort();
    Map<String, String> p = RelayTestContext.properties(3);
    p.put("server.port", "0");
    p.put("management.server.port", "0");
    p.put("kofu.relay.plain-http.port", Integer.toString(plainPort));
    String dir = TLS.resolve("center").toAbsolutePath().toString();
    p.put("spring.ssl.bundle.jks.relay.key.alias", "relay");
    p.put("spring.ssl.bundle.jks.relay.keystore.location", "file:" + dir + "/server.p12");
    p.put("spring.ssl.bundle.jks.relay.keystore.password", "changeit");
    p.put("spring.ssl.bundle.jks.relay.keystore.type", "PKCS12");
    p.put("spring.ssl.bundle.jks.relay.truststore.location", "file:" + dir + "/truststore.p12");
    p.put("spring.ssl.bundle.jks.relay.truststore.password", "changeit");
    p.put("spring.ssl.bundle.jks.relay.truststore.type", "PKCS12");
    p.put("server.ssl.bundle", "relay");
    p.put("server.ssl.client-auth", "need");
    p.put("kofu.relay.center.subjects[0]", "CN=jlis center");
    p.put("kofu.relay.center.crl", dir + "/crl.pem");
    // not the embedded default: the city's identity is configured, and the relay starts
    p.remove("kofu.embedded-default");
    p.put("kofu.certificate.mayor-name", "函館　次郎");
    p.put("kofu.certificate.seal-image", TestSeal.write(TLS.resolve("seal.jpg")).toString());
    List<String> args = new ArrayList<>();
    p.forEach((k, v) -> args.add("--" + k + "=" + v));
    relay = new SpringApplicationBuilder(RelayApplication.class).run(args.toArray(String[]::new));
    httpsPort = Integer.parseInt(relay.getEnvironment().getProperty("local.server.port"));
  }

  @AfterAll
  static void stop() {
    if (relay != null) {
      relay.close();
    }
  }

  private static RelayClient client(Path keystore) throws Exception {
    return new RelayClient(
        URI.create("https://localhost:" + httpsPort),
        RelayClient.tls(keystore, TLS.resolve("center/truststore.p12"), PASSWORD));
  }

  @Test
  void theCentersClientCertificateIsServed() throws Exception {
    var response = client(TLS.resolve("center/center.p12")).get("/jlis/v1/health");
    assertThat(response.statusCode()).isEqualTo(200);
  }

  /**
   * The center keeps its connections open: a new mutual-TLS handshake every 100 requests (Tomcat's
   * default) cost a relay under load several per cent of its CPU and one request in a hundred the
   * handshake's latency.
   */
  @Test
  void oneConnectionOfTheCenterStaysOpenForManyRequests() throws Exception {
    SSLContext tls =
        RelayClient.tls(
            TLS.resolve("center/center.p12"), TLS.resolve("center/truststore.p12"), PASSWORD);
    try (SSLSocket socket =
        (SSLSocket) tls.getSocketFactory().createSocket("localhost", httpsPort)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      BufferedInputStream in = new BufferedInputStream(socket.getInputStream());
      for (int i = 0; i < 250; i++) {
        out.write(
            "GET /jlis/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        String head = readResponse(in);
        assertThat(head).as("response %d", i).startsWith("HTTP/1.1 200");
        assertThat(head.toLowerCase(Locale.ROOT)).doesNotContain("connection: close");
      }
    }
  }

  /** The status line and headers of one response; its body (a length or chunks) is read past. */
  private static String readResponse(BufferedInputStream in) throws IOException {
    String head = readUntil(in, "\r\n\r\n");
    Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
    if (length.find()) {
      in.readNBytes(Integer.parseInt(length.group(1)));
    } else {
      for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
        in.readNBytes(size + 2);
      }
      readUntil(in, "\r\n");
    }
    return head;
  }

  private static int chunkSize(BufferedInputStream in) throws IOException {
    return Integer.parseInt(readUntil(in, "\r\n").trim(), 16);
  }

  private static String readUntil(BufferedInputStream in, String end) throws IOException {
    StringBuilder text = new StringBuilder();
    while (text.length() < end.length()
        || !text.substring(text.length() - end.length()).equals(end)) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the relay closed the connection after: " + text);
      }
      text.append((char) b);
    }
    return text.substring(0, text.length() - end.length());
  }

  /** The load driver's own client (blocking, pooled): the bench measures over it. */
  @Test
  void theLoadDriversClientMeasuresOverMutualTls() throws Exception {
    URI relayUrl = URI.create("https://localhost:" + httpsPort);
    Latencies health = LoadDriver.baseline(relayUrl, centersTls(), 5);
    assertThat(health.count()).isEqualTo(5);

    // one connection for requests one after the other: a connection authenticated with the
    // client certificate is reused, not handshaken anew for every request
    try (KioskHttp http = KioskHttp.open(centersTls(), 8)) {
      for (int i = 0; i < 5; i++) {
        assertThat(http.get(relayUrl.resolve("/jlis/v1/health"), Duration.ofSeconds(10)).status())
            .isEqualTo(200);
      }
      assertThat(http.connectionsOpen()).isOne();
    }

    SSLContext withoutCertificate =
        RelayClient.tls(null, TLS.resolve("center/truststore.p12"), PASSWORD);
    assertThatThrownBy(() -> LoadDriver.baseline(relayUrl, withoutCertificate, 1))
        .isInstanceOf(IOException.class);
  }

  private static SSLContext centersTls() throws Exception {
    return RelayClient.tls(
        TLS.resolve("center/center.p12"), TLS.resolve("center/truststore.p12"), PASSWORD);
  }

  @Test
  void aSecondCertificateFromTheCentersCaIsRefusedBeforeAnyHandler() throws Exception {
    double before = refused("not-center");
    var menu = client(TLS.resolve("center/stranger.p12")).post("/jlis/v1/menu", "{}");
    var health = client(TLS.resolve("center/stranger.p12")).get("/jlis/v1/health");

    assertThat(menu.statusCode()).isEqualTo(401);
    assertThat(health.statusCode()).isEqualTo(401);
    assertThat(new String(menu.body(), StandardCharsets.UTF_8)).contains("\"status\":401");
    assertThat(refused("not-center")).isEqualTo(before + 2);
  }

  @Test
  void theCentersSubjectOnARevokedCertificateIsRefused() throws Exception {
    double before = refused("revoked");
    var response = client(TLS.resolve("center/revoked.p12")).post("/jlis/v1/menu", "{}");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(refused("revoked")).isEqualTo(before + 1);
  }

  private static double refused(String reason) {
    return relay
        .getBean(MeterRegistry.class)
        .get("kofu.relay.client.refused")
        .tag("reason", reason)
        .counter()
        .count();
  }

  @Test
  void tls11IsRefused() {
    assertThatThrownBy(() -> handshake("TLSv1.1", null)).isInstanceOf(IOException.class);
  }

  @Test
  void aHandshakeOnAWeakSuiteIsCountedAsRefused() {
    double before = handshakeRefused("other");

    assertThatThrownBy(() -> handshake("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"))
        .isInstanceOf(IOException.class);

    await().atMost(Duration.ofSeconds(10)).until(() -> handshakeRefused("other") >= before + 1);
  }

  @Test
  void aCbcSuiteIsRefusedWhereAnAeadOneIsServed() throws Exception {
    assertThatThrownBy(() -> handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"))
        .isInstanceOf(IOException.class);

    assertThat(handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"))
        .isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
    assertThat(handshake("TLSv1.3", null)).startsWith("TLS_");
  }

  /** A handshake with the center's certificate on this protocol (and suite); the suite agreed. */
  private static String handshake(String protocol, String suite) throws Exception {
    SSLContext tls =
        RelayClient.tls(
            TLS.resolve("center/center.p12"), TLS.resolve("center/truststore.p12"), PASSWORD);
    try (SSLSocket socket =
        (SSLSocket) tls.getSocketFactory().createSocket("localhost", httpsPort)) {
      socket.setSoTimeout(10_000);
      socket.setEnabledProtocols(new String[] {protocol});
      if (suite != null) {
        socket.setEnabledCipherSuites(new String[] {suite});
      }
      socket.startHandshake();
      // TLS 1.3 settles the client certificate after the handshake: a request shows the outcome
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /jlis/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(readResponse(new BufferedInputStream(socket.getInputStream())))
          .startsWith("HTTP/1.1 200");
      return socket.getSession().getCipherSuite();
    }
  }

  @Test
  void noClientCertificateIsRefusedInTheHandshakeAndCounted() throws Exception {
    double before = handshakeRefused("no-certificate");

    assertThatThrownBy(() -> client(null).get("/jlis/v1/health")).isInstanceOf(IOException.class);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> handshakeRefused("no-certificate") >= before + 1);
    int management = Integer.parseInt(relay.getEnvironment().getProperty("local.management.port"));
    RelayClient plain = new RelayClient(URI.create("http://127.0.0.1:" + management), null);
    assertThat(new String(plain.get("/actuator/prometheus").body(), StandardCharsets.UTF_8))
        .containsPattern("kofu_relay_tls_handshake_refused_total\\{[^}]*reason=\"no-certificate\"");
  }

  @Test
  void aClientCertificateFromAnotherCaIsRefusedInTheHandshakeAndCounted() {
    // a JDK client offers only a certificate of a CA the relay names in its request: this one
    // goes without, and the relay refuses it for that
    double before = handshakeRefused("no-certificate") + handshakeRefused("untrusted");

    assertThatThrownBy(
            () ->
                client(TLS.resolve("other/center.p12"))
                    .post("/jlis/v1/menu", "{\"requestId\":\"abcdefgh\"}"))
        .isInstanceOf(IOException.class);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> handshakeRefused("no-certificate") + handshakeRefused("untrusted") >= before + 1);
  }

  /** Handshakes the relay's TLS listener refused for this reason ({@link HandshakeRefusals}). */
  private static double handshakeRefused(String reason) {
    return relay
        .getBean(MeterRegistry.class)
        .get("kofu.relay.tls.handshake.refused")
        .tag("reason", reason)
        .counter()
        .count();
  }

  @Test
  void theKioskSimulatorAsksForAMenuOverMutualTls() throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int exit =
        KioskSimulator.run(
            new String[] {
              "menu",
              "--url=https://localhost:" + httpsPort,
              "--person=" + TestLegacy.issuableAdults().get(0),
              "--keystore=" + TLS.resolve("center/center.p12"),
              "--truststore=" + TLS.resolve("center/truststore.p12")
            },
            new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(exit).isZero();
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("HTTP 200");
  }

  /** Prometheus and ops/deploy/check-health hold no center certificate. */
  @Test
  void theManagementPortAnswersPlainHttpWithoutTheCentersTls() throws Exception {
    int management = Integer.parseInt(relay.getEnvironment().getProperty("local.management.port"));
    RelayClient plain = new RelayClient(URI.create("http://127.0.0.1:" + management), null);

    assertThat(plain.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(new String(plain.get("/actuator/prometheus").body(), StandardCharsets.UTF_8))
        .contains("kofu_relay_issuance_phase_seconds_count");
  }

  @Test
  void thePlainHttpListenerAnswersOnLoopback() throws Exception {
    var response =
        new RelayClient(URI.create("http://127.0.0.1:" + plainPort), null).get("/jlis/v1/health");
    assertThat(response.statusCode()).isEqualTo(200);
  }
}
