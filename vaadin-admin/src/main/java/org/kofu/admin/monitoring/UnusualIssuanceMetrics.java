package org.kofu.admin.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exports {@link UnusualIssuance} for the alert rules (ops/monitoring): kiosks and persons over
 * their thresholds in the window, and the busiest kiosk's and person's counts. Not in the
 * command-line runs, which export nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UnusualIssuanceMetrics {

  @Bean
  MeterBinder unusualIssuanceGauges(UnusualIssuance unusual) {
    return registry -> {
      Gauge.builder(
              "kofu.issuance.kiosks.over.threshold", unusual, u -> u.now().kiosksOver().size())
          .description("kiosks that issued more than kofu.admin.alerts.per-kiosk in the window")
          .register(registry);
      Gauge.builder("kofu.issuance.persons.over.threshold", unusual, u -> u.now().personsOver())
          .description("persons issued more than kofu.admin.alerts.per-person in the window")
          .register(registry);
      Gauge.builder("kofu.issuance.max.per.kiosk", unusual, u -> u.now().maxPerKiosk())
          .description("certificates issued at the busiest kiosk in the window")
          .register(registry);
      Gauge.builder("kofu.issuance.max.per.person", unusual, u -> u.now().maxPerPerson())
          .description("certificates issued to the most served person in the window")
          .register(registry);
    };
  }
}
