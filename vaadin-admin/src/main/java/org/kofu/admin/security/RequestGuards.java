package org.kofu.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.kofu.admin.AdminProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filters in front of Spring Security: the allowed client networks (clause 5), judged on the
 * address {@link ForwardedClient} resolves (Spring Boot's own forwarded-header handling is off:
 * {@code server.forward-headers-strategy=none}), and the absolute session lifetime (the idle
 * timeout is the servlet container's).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class RequestGuards {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> clientNetworkFilter(AdminProperties properties) {
    AllowedNetworks allowed = new AllowedNetworks(properties.allowedNetworks());
    ForwardedClient clients = new ForwardedClient(properties.trustedProxies());
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            String client = clients.addressOf(request);
            if (allowed.allows(client)) {
              // the audit trail and everything after read the resolved client
              chain.doFilter(new ClientRequest(request, client), response);
            } else {
              response.sendError(HttpServletResponse.SC_FORBIDDEN, "client network not allowed");
            }
          }
        };
    return registration(filter, Ordered.HIGHEST_PRECEDENCE);
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> absoluteSessionTimeoutFilter(
      AdminProperties properties, Clock clock) {
    long lifetime = properties.session().absoluteTimeout().toMillis();
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            HttpSession session = request.getSession(false);
            if (session != null && clock.millis() - session.getCreationTime() > lifetime) {
              session.invalidate();
            }
            chain.doFilter(request, response);
          }
        };
    return registration(filter, Ordered.HIGHEST_PRECEDENCE + 1);
  }

  /** The request as the client sent it, with the client's address behind trusted proxies. */
  private static final class ClientRequest extends HttpServletRequestWrapper {
    private final String client;

    ClientRequest(HttpServletRequest request, String client) {
      super(request);
      this.client = client;
    }

    @Override
    public String getRemoteAddr() {
      return client;
    }

    @Override
    public String getRemoteHost() {
      return client;
    }
  }

  private static FilterRegistrationBean<OncePerRequestFilter> registration(
      OncePerRequestFilter filter, int order) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(filter);
    registration.setOrder(order);
    return registration;
  }
}
