package org.kofu.core.existing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The certificate sources, the check, the intake and the stamper, and the HTTP adapter when {@code
 * kofu.existing-system.base-url} is set and no other {@link ExistingSystemCertificates} bean (a
 * vendor's adapter) is registered. A role that relays or pre-generates imports this.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificateSources.class)
public class ExistingSystemConfiguration {

  @Bean
  ForeignBodyCheck foreignBodyCheck(ObjectProvider<MeterRegistry> registry) {
    return new ForeignBodyCheck(registry.getIfAvailable(SimpleMeterRegistry::new));
  }

  @Bean
  ForeignBodyIntake foreignBodyIntake(ForeignBodyCheck check, ObjectProvider<Clock> clock) {
    return new ForeignBodyIntake(check, clock.getIfAvailable(Clock::systemDefaultZone));
  }

  @Bean
  ForeignBodyStamper foreignBodyStamper() {
    return new ForeignBodyStamper();
  }

  /** The documented HTTP interface; only when its base URL is configured. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty("kofu.existing-system.base-url")
  @EnableConfigurationProperties(ExistingSystemProperties.class)
  static class HttpAdapter {

    @Bean
    @ConditionalOnMissingBean(ExistingSystemCertificates.class)
    ExistingSystemCertificates httpExistingSystemCertificates(
        ExistingSystemProperties properties, ObjectProvider<Clock> clock) {
      return new HttpExistingSystemCertificates(
          properties, clock.getIfAvailable(Clock::systemDefaultZone));
    }
  }
}
