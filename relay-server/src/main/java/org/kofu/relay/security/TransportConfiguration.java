package org.kofu.relay.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import org.apache.catalina.connector.Connector;
import org.kofu.relay.RelayProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTPS with client certificates from the center's CA, always, on TLS 1.3 and 1.2 with AEAD suites
 * only ({@link TlsPolicy}); plain HTTP only when {@code kofu.relay.plain-http.enabled} and then on
 * loopback only. A configuration that would expose plain HTTP, accept requests without a client
 * certificate, serve TLS without naming the center's certificate or ask for weaker TLS refuses to
 * start. Handshakes the TLS listener refuses are counted ({@link HandshakeRefusals}).
 */
@Configuration(proxyBeanMethods = false)
class TransportConfiguration {

  @Bean
  HandshakeRefusals handshakeRefusals(MeterRegistry registry) {
    return new HandshakeRefusals(registry);
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> relayTransport(
      RelayProperties properties, CenterProperties center, HandshakeRefusals refusals) {
    return factory -> {
      Ssl ssl = factory.getSsl();
      boolean tls = ssl != null && ssl.isEnabled();
      RelayProperties.PlainHttp plain = properties.plainHttp();
      if (tls && ssl.getClientAuth() != Ssl.ClientAuth.NEED) {
        throw new IllegalStateException("server.ssl.client-auth must be NEED (mutual TLS)");
      }
      if (tls && !center.namesTheCenter()) {
        throw new IllegalStateException(
            "kofu.relay.center.subjects or kofu.relay.center.fingerprints must name the center's"
                + " client certificate: a certificate signed by its CA is not enough");
      }
      if (!tls && !plain.enabled()) {
        throw new IllegalStateException(
            "no TLS configured (server.ssl.bundle) and kofu.relay.plain-http.enabled is false");
      }
      if (!tls) {
        // the main connector itself is the development listener: loopback only
        factory.setAddress(InetAddress.getLoopbackAddress());
        return;
      }
      TlsPolicy.check(ssl);
      factory.addConnectorCustomizers(TlsPolicy::pin, refusals::watch);
      if (plain.enabled()) {
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(plain.port());
        connector.setProperty("address", InetAddress.getLoopbackAddress().getHostAddress());
        factory.addAdditionalTomcatConnectors(connector);
      }
    };
  }
}
