package org.kofu.admin.account;

import java.util.Optional;
import org.springframework.stereotype.Service;

/** Read access to one account, for sign-in. */
@Service
public class AccountLookup {

  private final AccountRepository accounts;

  AccountLookup(AccountRepository accounts) {
    this.accounts = accounts;
  }

  public Optional<AdminUser> find(String login) {
    return accounts.find(login);
  }
}
