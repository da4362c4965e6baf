package org.kofu.admin.account;

import java.time.Clock;
import java.util.List;
import org.kofu.admin.AdminProperties;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officer's account operations (clauses 2(6), 8(1)); each is ledgered and audited. */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class AccountAdministration {

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final AdminProperties properties;
  private final Clock clock;

  AccountAdministration(
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

  public List<AdminUser> users() {
    return accounts.all();
  }

  /** Issues an account and returns its one-time password, to be shown once. */
  @Transactional
  public String issue(String login, String displayName, Role role) {
    if (!login.matches("[a-z0-9._-]{3,64}")) {
      throw new AccountException("account.error.login");
    }
    if (accounts.find(login).isPresent()) {
      throw new AccountException("account.error.exists");
    }
    String password = Passwords.oneTimePassword(properties);
    accounts.insert(
        login, displayName, role, encoder.encode(password), clock.instant(), CurrentUser.login());
    event(login, CredentialEvent.Kind.ISSUED, "role=" + role);
    return password;
  }

  /** Replaces the password with a new one-time password; also unlocks. */
  @Transactional
  public String reset(String login) {
    AdminUser user = user(login);
    String password = Passwords.oneTimePassword(properties);
    accounts.setPassword(user.id(), encoder.encode(password), true, clock.instant());
    event(login, CredentialEvent.Kind.RESET, "");
    return password;
  }

  @Transactional
  public void unlock(String login) {
    accounts.setFailedAttempts(user(login).id(), 0, false);
    event(login, CredentialEvent.Kind.UNLOCKED, "");
  }

  @Transactional
  public void setEnabled(String login, boolean enabled) {
    refuseSelf(login);
    accounts.setEnabled(user(login).id(), enabled);
    event(login, enabled ? CredentialEvent.Kind.ENABLED : CredentialEvent.Kind.DISABLED, "");
  }

  @Transactional
  public void delete(String login) {
    refuseSelf(login);
    accounts.delete(user(login).id());
    event(login, CredentialEvent.Kind.DELETED, "");
  }

  private AdminUser user(String login) {
    return accounts.find(login).orElseThrow(() -> new AccountException("account.error.unknown"));
  }

  private void refuseSelf(String login) {
    if (login.equals(CurrentUser.login())) {
      throw new AccountException("account.error.self");
    }
  }

  private void event(String subject, CredentialEvent.Kind kind, String detail) {
    String actor = CurrentUser.login();
    accounts.ledger(new CredentialEvent(clock.instant(), actor, subject, kind));
    audit.record("ACCOUNT_" + kind, subject + (detail.isEmpty() ? "" : " " + detail));
  }
}
