package org.kofu.admin.monitoring;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints (health and Prometheus only, on the management port bound to the
 * monitoring network) answer without a session: a probe or a scraper cannot sign in. Checked before
 * Vaadin's chain, which would send them to the login view.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ActuatorSecurity {

  @Bean
  @Order(1)
  SecurityFilterChain actuatorEndpoints(HttpSecurity http) throws Exception {
    return http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .build();
  }
}
