package org.kofu.relay.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.junit.jupiter.api.Test;
import org.kofu.relay.RelayProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;

class TransportConfigurationTests {

  private static final HandshakeRefusals REFUSALS =
      new HandshakeRefusals(new SimpleMeterRegistry());
  private static final CenterProperties CENTER =
      new CenterProperties(List.of("CN=jlis center"), List.of(), null, Duration.ofSeconds(10));

  private static RelayProperties plain(boolean enabled) {
    return new RelayProperties(
        List.of("012025"),
        Map.of(),
        Set.of(),
        15,
        Duration.ofSeconds(5),
        0,
        Duration.ofSeconds(2),
        Duration.ofSeconds(30),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        new RelayProperties.PlainHttp(enabled, 8080),
        false);
  }

  @Test
  void withoutTlsAndWithoutThePlainListenerTheRelayRefusesToStart() {
    var customizer = new TransportConfiguration().relayTransport(plain(false), CENTER, REFUSALS);
    assertThatThrownBy(() -> customizer.customize(new TomcatServletWebServerFactory()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void tlsWithoutRequiredClientCertificatesRefusesToStart() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
    Ssl ssl = new Ssl();
    ssl.setBundle("relay");
    ssl.setClientAuth(Ssl.ClientAuth.WANT);
    factory.setSsl(ssl);
    var customizer = new TransportConfiguration().relayTransport(plain(false), CENTER, REFUSALS);
    assertThatThrownBy(() -> customizer.customize(factory))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void plainHttpAloneListensOnLoopbackOnly() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
    new TransportConfiguration().relayTransport(plain(true), CENTER, REFUSALS).customize(factory);
    assertThat(factory.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
  }

  private static TomcatServletWebServerFactory mutualTls() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
    Ssl ssl = new Ssl();
    ssl.setBundle("relay");
    ssl.setClientAuth(Ssl.ClientAuth.NEED);
    factory.setSsl(ssl);
    return factory;
  }

  @Test
  void tlsWithoutNamingTheCentersCertificateRefusesToStart() {
    var nobody = new CenterProperties(List.of(), List.of(), null, Duration.ofSeconds(10));
    var customizer = new TransportConfiguration().relayTransport(plain(false), nobody, REFUSALS);
    assertThatThrownBy(() -> customizer.customize(mutualTls()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kofu.relay.center");
  }

  @Test
  void askingForTls11OrACbcSuiteRefusesToStart() {
    TomcatServletWebServerFactory old = mutualTls();
    old.getSsl().setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.1"});
    var customizer = new TransportConfiguration().relayTransport(plain(false), CENTER, REFUSALS);
    assertThatThrownBy(() -> customizer.customize(old)).hasMessageContaining("enabled-protocols");

    TomcatServletWebServerFactory cbc = mutualTls();
    cbc.getSsl().setCiphers(new String[] {"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"});
    assertThatThrownBy(() -> customizer.customize(cbc)).hasMessageContaining("ciphers");
  }

  @Test
  void theConnectorIsPinnedToTls13And12WithAeadSuites() {
    Connector connector = new Connector();
    SSLHostConfig host = new SSLHostConfig();
    connector.addSslHostConfig(host);
    TlsPolicy.pin(connector);
    assertThat(host.getProtocols()).containsExactlyInAnyOrder("TLSv1.3", "TLSv1.2");
    assertThat(host.getCiphers()).doesNotContain("CBC").contains("GCM");
  }

  @Test
  void fingerprintsAreSha256InHex() {
    var wrong = new CenterProperties(List.of(), List.of("AB:CD"), null, Duration.ofSeconds(10));
    assertThatThrownBy(() -> new CenterCertificates(wrong)).hasMessageContaining("64 hex digits");
  }
}
