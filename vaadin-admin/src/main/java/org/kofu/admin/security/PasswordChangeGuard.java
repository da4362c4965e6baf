package org.kofu.admin.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.PasswordChanges;
import org.springframework.stereotype.Component;

/** A user holding a one-time password is sent to the password change before any other view. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

  private final PasswordChanges passwords;

  PasswordChangeGuard(PasswordChanges passwords) {
    this.passwords = passwords;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::forceChange));
  }

  private void forceChange(BeforeEnterEvent event) {
    Class<?> target = event.getNavigationTarget();
    if (CurrentUser.isSignedIn()
        && target != ChangePasswordView.class
        && target != LoginView.class
        && passwords.mustChange(CurrentUser.login())) {
      event.rerouteTo(ChangePasswordView.class);
    }
  }
}
