package org.kofu.admin.security;

import org.kofu.admin.account.AccountLookup;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of the accounts table: locked and disabled accounts cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final AccountLookup accounts;

  AccountUserDetailsService(AccountLookup accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String login) {
    return accounts
        .find(login)
        .map(
            user ->
                User.withUsername(user.login())
                    .password(user.passwordHash())
                    .authorities(user.role().authority())
                    .accountLocked(user.locked())
                    .disabled(!user.enabled())
                    .build())
        .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
  }
}
