package org.kofu.admin.account;

import java.time.Clock;
import java.util.List;
import org.kofu.admin.AdminProperties;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins and locks an account after the configured number (clause 8(3)); the failures
 * also count towards the client address's throttle.
 */
@Service
public class LoginAttempts {

  private final AccountRepository accounts;
  private final AuditTrail audit;
  private final AdminProperties properties;
  private final Clock clock;
  private final AddressThrottle throttle;

  LoginAttempts(
      AccountRepository accounts,
      AuditTrail audit,
      AdminProperties properties,
      Clock clock,
      AddressThrottle throttle) {
    this.accounts = accounts;
    this.throttle = throttle;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  public void failed(String login, String clientIp) {
    audit.record(login, "LOGIN_FAILED", "", clientIp);
    if (throttle.failed(clientIp)) {
      audit.record("system", "ADDRESS_THROTTLED", clientIp, clientIp);
    }
    accounts
        .find(login)
        .filter(user -> !user.locked())
        .ifPresent(
            user -> {
              int attempts = user.failedAttempts() + 1;
              boolean lock = attempts >= properties.password().maxFailures();
              accounts.setFailedAttempts(user.id(), attempts, lock);
              if (lock) {
                accounts.ledger(
                    new CredentialEvent(
                        clock.instant(), "system", login, CredentialEvent.Kind.LOCKED));
                audit.record("system", "ACCOUNT_LOCKED", login, clientIp);
              }
            });
  }

  @Transactional
  public void succeeded(String login, String clientIp) {
    audit.record(login, "LOGIN", "", clientIp);
    accounts
        .find(login)
        .filter(user -> user.failedAttempts() > 0)
        .ifPresent(user -> accounts.setFailedAttempts(user.id(), 0, false));
  }

  public List<String> lockedLogins() {
    return accounts.lockedLogins();
  }
}
