package org.kofu.conformance.broken;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * A deliberately broken relay, for the conformance kit's own test only: this test code is put on
 * the real relay jar's class path ({@code loader.path}) by {@code ConformanceKitIT}, never packaged
 * in a product jar, and does nothing unless {@code kofu.conformance.broken} is {@code swap} (bodies
 * exchanged between concurrent answers) or {@code stale} (a person's first body served again).
 */
@AutoConfiguration
@ConditionalOnProperty(name = "kofu.conformance.broken")
public class BrokenRelayConfiguration {

  @Bean
  @ConditionalOnProperty(name = "kofu.conformance.broken", havingValue = "swap")
  FilterRegistrationBean<SwappingFilter> swappingFilter() {
    return register(new SwappingFilter());
  }

  @Bean
  @ConditionalOnProperty(name = "kofu.conformance.broken", havingValue = "stale")
  FilterRegistrationBean<StaleCacheFilter> staleCacheFilter() {
    return register(new StaleCacheFilter());
  }

  private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> register(F filter) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/jlis/v1/certificates");
    // inside every filter of the relay's own: what the center gets is what this one writes
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
