package org.kofu.relay.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The center, and only the center: over TLS, {@link CenterOnlyFilter} runs before every other
 * filter but the request id's, so a refused client never reaches issuance logic.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // not in the chain-verifying command (kofu.relay.verify-log)
class CenterConfiguration {

  @Bean
  FilterRegistrationBean<CenterOnlyFilter> centerOnly(
      CenterProperties center,
      ServerProperties server,
      ObjectProvider<SslBundles> bundles,
      Clock clock,
      MeterRegistry registry) {
    RevocationList revocations = null;
    if (center.crl() != null && !center.crl().isBlank()) {
      Ssl ssl = server.getSsl();
      if (ssl == null || !ssl.isEnabled() || ssl.getBundle() == null) {
        throw new IllegalStateException(
            "kofu.relay.center.crl needs TLS from an SSL bundle (server.ssl.bundle)");
      }
      var trustStore = bundles.getObject().getBundle(ssl.getBundle()).getStores().getTrustStore();
      if (trustStore == null) {
        throw new IllegalStateException("kofu.relay.center.crl: the SSL bundle has no trust store");
      }
      revocations =
          new RevocationList(Path.of(center.crl()), trustStore, clock, center.crlCheckInterval());
    }
    var registration =
        new FilterRegistrationBean<>(
            new CenterOnlyFilter(new CenterCertificates(center), revocations, registry));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
