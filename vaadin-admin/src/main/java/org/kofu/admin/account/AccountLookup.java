package org.kofu.admin.account;

import java.time.Clock;
import java.util.Optional;
import org.kofu.admin.AdminProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Access to one account for sign-in: the account, its one-time password's age, re-hashing. */
@Service
public class AccountLookup {

  private final AccountRepository accounts;
  private final AdminProperties properties;
  private final Clock clock;

  AccountLookup(AccountRepository accounts, AdminProperties properties, Clock clock) {
    this.accounts = accounts;
    this.properties = properties;
    this.clock = clock;
  }

  public Optional<AdminUser> find(String login) {
    return accounts.find(login);
  }

  /** True when the account still has a one-time password issued longer ago than allowed. */
  public boolean oneTimePasswordExpired(AdminUser user) {
    return user.mustChange()
        && !clock
            .instant()
            .isBefore(user.passwordChangedAt().plus(properties.password().oneTimeValidity()));
  }

  /**
   * Replaces a hash made with weaker parameters by one of the same password made with today's; the
   * history row of that password too, so the reuse rule keeps matching it.
   */
  @Transactional
  public void rehash(String login, String oldHash, String newHash) {
    accounts.find(login).ifPresent(user -> accounts.replaceHash(user.id(), oldHash, newHash));
  }
}
