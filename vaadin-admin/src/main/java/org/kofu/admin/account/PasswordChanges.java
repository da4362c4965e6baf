package org.kofu.admin.account;

import java.time.Clock;
import org.kofu.admin.AdminProperties;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user changes their own password under the policy: length, and no reuse of the last N. */
@Service
public class PasswordChanges {

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final AdminProperties properties;
  private final Clock clock;

  PasswordChanges(
      AccountRepository accounts,
      PasswordEncoder encoder,
      AuditTrail audit,
      AdminProperties properties,
      Clock clock) {
    this.accounts = accounts;
    this.encoder = encoder;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  public boolean mustChange(String login) {
    return accounts.find(login).map(AdminUser::mustChange).orElse(false);
  }

  @Transactional
  public void change(String login, String current, String next) {
    AdminUser user =
        accounts.find(login).orElseThrow(() -> new AccountException("account.error.unknown"));
    if (!encoder.matches(current, user.passwordHash())) {
      throw new AccountException("password.error.current");
    }
    if (next.length() < properties.password().minLength()) {
      throw new AccountException("password.error.length");
    }
    if (next.equals(login) || next.chars().distinct().count() < 4) {
      throw new AccountException("password.error.weak");
    }
    // The current password counts as one of the history, so a one-time password never returns.
    int remembered = Math.max(properties.password().history(), 1);
    for (String earlier : accounts.recentHashes(user.id(), remembered)) {
      if (encoder.matches(next, earlier)) {
        throw new AccountException("password.error.reused");
      }
    }
    accounts.setPassword(user.id(), encoder.encode(next), false, clock.instant());
    accounts.ledger(
        new CredentialEvent(clock.instant(), login, login, CredentialEvent.Kind.CHANGED));
    audit.record("PASSWORD_CHANGED", login);
  }
}
