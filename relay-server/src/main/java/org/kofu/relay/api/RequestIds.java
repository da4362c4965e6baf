package org.kofu.relay.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every response carries {@code X-Request-Id}: the request's {@code requestId} once parsed (the
 * handlers overwrite it), until then the path's request id or an empty value.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

  static final String HEADER = "X-Request-Id";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader(HEADER, fromPath(request.getRequestURI()));
    chain.doFilter(request, response);
  }

  private static String fromPath(String uri) {
    String prefix = "/jlis/v1/certificates/";
    if (uri != null && uri.startsWith(prefix) && uri.endsWith("/result")) {
      String id = uri.substring(prefix.length(), uri.length() - "/result".length());
      if (Patterns.REQUEST_ID_PATTERN.matcher(id).matches()) {
        return id;
      }
    }
    return "";
  }

  static void set(HttpServletResponse response, String requestId) {
    response.setHeader(HEADER, requestId);
  }
}
