package org.kofu.conformance.broken;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * A deliberately broken relay, for the conformance kit's own test only: this test code is put on
 * the real relay jar's class path ({@code loader.path}) by {@code ConformanceKitIT}, never packaged
 * in a product jar, and does nothing unless its ports are set. One relay process serves both bugs,
 * each on a listener of its own (a relay's start costs minutes on a busy machine): {@code
 * kofu.conformance.broken.swap-port} exchanges the bodies of answers given at the same time, {@code
 * kofu.conformance.broken.stale-port} serves a person's first body again.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "kofu.conformance.broken.swap-port")
public class BrokenRelayConfiguration {

  @Bean
  FilterRegistrationBean<SwappingFilter> swappingFilter(
      @Value("${kofu.conformance.broken.swap-port}") int port) {
    return register(new SwappingFilter(port));
  }

  @Bean
  FilterRegistrationBean<StaleCacheFilter> staleCacheFilter(
      @Value("${kofu.conformance.broken.stale-port}") int port) {
    return register(new StaleCacheFilter(port));
  }

  private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> register(F filter) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/jlis/v1/certificates");
    // inside every filter of the relay's own: what the center gets is what this one writes
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
