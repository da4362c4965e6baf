package org.kofu.admin.security;

import org.kofu.admin.account.LoginAttempts;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every sign-in, successful or not, goes to the audit chain; bad passwords count to lockout. */
@Component
class AuthenticationAudit {

  private final LoginAttempts attempts;
  private final AuditTrail audit;

  AuthenticationAudit(LoginAttempts attempts, AuditTrail audit) {
    this.attempts = attempts;
    this.audit = audit;
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    attempts.succeeded(event.getAuthentication().getName(), address(event.getAuthentication()));
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    Authentication authentication = event.getAuthentication();
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      attempts.failed(authentication.getName(), address(authentication));
    } else {
      audit.record(
          authentication.getName(),
          "LOGIN_REFUSED",
          event.getException().getClass().getSimpleName(),
          address(authentication));
    }
  }

  private static String address(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : "-";
  }
}
