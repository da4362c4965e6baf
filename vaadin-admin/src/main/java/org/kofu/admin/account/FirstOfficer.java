package org.kofu.admin.account;

import java.time.Clock;
import org.kofu.admin.AdminProperties;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first officer account, once: there is never a default password. */
@Service
public class FirstOfficer {

  /** The actor of the setup command in the ledger and as the first officer's creator. */
  static final String SETUP = "setup";

  private final AccountRepository accounts;
  private final PasswordEncoder encoder;
  private final AuditTrail audit;
  private final AdminProperties properties;
  private final Clock clock;

  FirstOfficer(
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

  public boolean exists() {
    return accounts.anyWithRole(Role.OFFICER);
  }

  /** Creates the officer and returns the one-time password; refuses when an officer exists. */
  @Transactional
  public String create(String login) {
    if (exists()) {
      throw new AccountException("account.error.officer-exists");
    }
    if (!login.matches("[a-z0-9._-]{3,64}")) {
      throw new AccountException("account.error.login");
    }
    String password = Passwords.oneTimePassword(properties);
    accounts.insert(login, login, Role.OFFICER, encoder.encode(password), clock.instant(), SETUP);
    accounts.ledger(
        new CredentialEvent(clock.instant(), SETUP, login, CredentialEvent.Kind.ISSUED));
    audit.record(SETUP, "ACCOUNT_ISSUED", login + " role=OFFICER", "local");
    return password;
  }
}
