package org.kofu.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kofu.admin.account.AddressThrottle;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in from a throttled client address before any password is checked (so a flood
 * costs no Argon2 work either). The address is the request's remote address, as the network guard
 * reads it.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

  static final String REFUSED_URL = "/login?throttled";

  private final AddressThrottle throttle;
  private final AuditTrail audit;

  SignInThrottleFilter(AddressThrottle throttle, AuditTrail audit) {
    this.throttle = throttle;
    this.audit = audit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    if (isSignIn(request) && throttle.blocked(address)) {
      String login = request.getParameter("username");
      audit.record(login == null ? "-" : login, "LOGIN_THROTTLED", "", address);
      response.sendRedirect(request.getContextPath() + REFUSED_URL);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isSignIn(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod()) && "/login".equals(path);
  }
}
