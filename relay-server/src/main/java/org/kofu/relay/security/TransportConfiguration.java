package org.kofu.relay.security;

import java.net.InetAddress;
import org.apache.catalina.connector.Connector;
import org.kofu.relay.RelayProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTPS with client certificates from the center's CA, always; plain HTTP only when {@code
 * kofu.relay.plain-http.enabled} and then on loopback only. A configuration that would expose plain
 * HTTP or accept requests without a client certificate refuses to start.
 */
@Configuration(proxyBeanMethods = false)
class TransportConfiguration {

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> relayTransport(
      RelayProperties properties) {
    return factory -> {
      Ssl ssl = factory.getSsl();
      boolean tls = ssl != null && ssl.isEnabled();
      RelayProperties.PlainHttp plain = properties.plainHttp();
      if (tls && ssl.getClientAuth() != Ssl.ClientAuth.NEED) {
        throw new IllegalStateException("server.ssl.client-auth must be NEED (mutual TLS)");
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
      if (plain.enabled()) {
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(plain.port());
        connector.setProperty("address", InetAddress.getLoopbackAddress().getHostAddress());
        factory.addAdditionalTomcatConnectors(connector);
      }
    };
  }
}
