package org.kofu.relay.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.relay.RelayApplication;
import org.kofu.relay.kiosk.cli.KioskSimulator;
import org.kofu.relay.kiosk.cli.RelayClient;
import org.kofu.relay.support.RelayTestContext;
import org.kofu.relay.support.TestLegacy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The relay over HTTPS with certificates from {@code ops/tls/make-dev-ca}: the center's client
 * certificate is served; no certificate, or one from another CA, is refused in the handshake and so
 * never reaches issuance logic. The plain-HTTP listener answers on loopback.
 */
class MutualTlsTests {

  private static final Path TLS = Path.of("target/tls-test");
  private static final char[] PASSWORD = "changeit".toCharArray();
  private static ConfigurableApplicationContext relay;
  private static int httpsPort;
  private static int plainPort;

  @BeforeAll
  static void startRelayOverTls() throws Exception {
    makeCa(TLS.resolve("center"), "kofu test center CA");
    makeCa(TLS.resolve("other"), "some other CA");
    plainPort = RelayTestContext.freePort();
    Map<String, String> p = RelayTestContext.properties(3);
    p.put("server.port", "0");
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

  private static void makeCa(Path dir, String name) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("bash", "../ops/tls/make-dev-ca", dir.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("KOFU_TLS_CA_NAME", name);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
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

  @Test
  void noClientCertificateIsRefusedInTheHandshake() {
    assertThatThrownBy(() -> client(null).get("/jlis/v1/health")).isInstanceOf(IOException.class);
  }

  @Test
  void aClientCertificateFromAnotherCaIsRefusedInTheHandshake() {
    assertThatThrownBy(
            () ->
                client(TLS.resolve("other/center.p12"))
                    .post("/jlis/v1/menu", "{\"requestId\":\"abcdefgh\"}"))
        .isInstanceOf(IOException.class);
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

  @Test
  void thePlainHttpListenerAnswersOnLoopback() throws Exception {
    var response =
        new RelayClient(URI.create("http://127.0.0.1:" + plainPort), null).get("/jlis/v1/health");
    assertThat(response.statusCode()).isEqualTo(200);
  }
}
