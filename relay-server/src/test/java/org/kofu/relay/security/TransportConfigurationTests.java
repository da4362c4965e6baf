package org.kofu.relay.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kofu.relay.RelayProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;

class TransportConfigurationTests {

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
    var customizer = new TransportConfiguration().relayTransport(plain(false));
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
    var customizer = new TransportConfiguration().relayTransport(plain(false));
    assertThatThrownBy(() -> customizer.customize(factory))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void plainHttpAloneListensOnLoopbackOnly() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
    new TransportConfiguration().relayTransport(plain(true)).customize(factory);
    assertThat(factory.getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
  }
}
