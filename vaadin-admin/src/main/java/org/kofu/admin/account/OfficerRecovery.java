package org.kofu.admin.account;

import java.time.Clock;
import java.util.List;
import org.kofu.admin.AdminProperties;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way back in when every officer is locked out: run on the server with the database's
 * credentials (the command line, never the web), it gives an officer a new one-time password,
 * unlocks and enables the account, and leaves a ledger line and an audit record.
 */
@Service
public class OfficerRecovery {

  /** The actor of a recovery in the ledger and the audit chain. */
  public static final String ACTOR = "recovery";

  private final AccountRepository accounts;
  private final AccountLookup lookup;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final AdminProperties properties;
  private final Clock clock;

  OfficerRecovery(
      AccountRepository accounts,
      AccountLookup lookup,
      PasswordEncoder encoder,
      AuditTrail audit,
      AdminProperties properties,
      Clock clock) {
    this.accounts = accounts;
    this.lookup = lookup;
    this.encoder = encoder;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** Officers who could sign in now: enabled, unlocked, without an expired one-time password. */
  public List<String> usableOfficers() {
    return accounts.all().stream()
        .filter(u -> u.role() == Role.OFFICER && u.enabled() && !u.locked())
        .filter(u -> !lookup.oneTimePasswordExpired(u))
        .map(AdminUser::login)
        .toList();
  }

  /**
   * Returns the officer's new one-time password; refuses an unknown login, a non-officer, and,
   * unless forced, any recovery while an officer is usable. {@code operator} is who ran it on the
   * server.
   */
  @Transactional
  public String recover(String login, boolean force, String operator) {
    AdminUser user =
        accounts.find(login).orElseThrow(() -> new AccountException("account.error.unknown"));
    if (user.role() != Role.OFFICER) {
      throw new AccountException("account.error.not-officer");
    }
    List<String> usable = usableOfficers();
    if (!usable.isEmpty() && !force) {
      throw new AccountException("account.error.officer-usable");
    }
    String password = Passwords.oneTimePassword(properties);
    accounts.setPassword(user.id(), encoder.encode(password), true, clock.instant());
    accounts.ledger(new CredentialEvent(clock.instant(), ACTOR, login, CredentialEvent.Kind.RESET));
    if (!user.enabled()) {
      accounts.setEnabled(user.id(), true);
      accounts.ledger(
          new CredentialEvent(clock.instant(), ACTOR, login, CredentialEvent.Kind.ENABLED));
    }
    audit.record(
        ACTOR,
        "ACCOUNT_RECOVERED",
        login + " forced=" + force + " usable-officers=" + usable.size() + " os-user=" + operator,
        "local");
    return password;
  }
}
