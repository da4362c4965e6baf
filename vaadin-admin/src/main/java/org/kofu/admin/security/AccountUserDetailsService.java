package org.kofu.admin.security;

import org.kofu.admin.account.AccountLookup;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of the accounts table: locked and disabled accounts cannot sign in, an
 * expired one-time password counts as expired credentials, and a hash with weaker parameters is
 * upgraded after a successful sign-in (Spring Security calls {@link #updatePassword}).
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

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
                    .credentialsExpired(accounts.oneTimePasswordExpired(user))
                    .build())
        .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
  }

  @Override
  public UserDetails updatePassword(UserDetails user, String newHash) {
    accounts.rehash(user.getUsername(), user.getPassword(), newHash);
    return User.withUserDetails(user).password(newHash).build();
  }
}
