package org.kofu.admin.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {

  private CurrentUser() {}

  /** The login, or "-" when nobody is signed in. */
  public static String login() {
    Authentication authentication = authentication();
    return authentication == null ? "-" : authentication.getName();
  }

  public static boolean isSignedIn() {
    return authentication() != null;
  }

  public static boolean has(Role... roles) {
    Authentication authentication = authentication();
    if (authentication == null) {
      return false;
    }
    for (Role role : roles) {
      if (authentication.getAuthorities().stream()
          .anyMatch(a -> a.getAuthority().equals(role.authority()))) {
        return true;
      }
    }
    return false;
  }

  private static Authentication authentication() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    boolean real =
        authentication != null
            && authentication.isAuthenticated()
            && !(authentication instanceof AnonymousAuthenticationToken);
    return real ? authentication : null;
  }
}
