package org.kofu.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.kofu.admin.account.PasswordChanges;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.security.ChangePasswordView;
import org.kofu.admin.security.CurrentUser;
import org.kofu.admin.security.LoginView;
import org.springframework.stereotype.Component;

/**
 * Per UI: the chosen language (Japanese unless English was chosen, whatever the browser asks), the
 * forced password change before anything else, and every navigation in the audit log. Also {@code
 * <html lang>}, which makes browsers pick Japanese glyphs for CJK text.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

  private final PasswordChanges passwords;
  private final AuditTrail audit;

  UiSetup(PasswordChanges passwords, AuditTrail audit) {
    this.passwords = passwords;
    this.audit = audit;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(
        response -> {
          Object language =
              response
                  .getVaadinRequest()
                  .getWrappedSession()
                  .getAttribute(LanguageSwitch.ATTRIBUTE);
          response
              .getDocument()
              .getElementsByTag("html")
              .attr("lang", LanguageSwitch.chosen(language).getLanguage());
        });
    event.getSource().addUIInitListener(init -> setUp(init.getUI()));
  }

  private void setUp(UI ui) {
    Object language =
        VaadinSession.getCurrent().getSession().getAttribute(LanguageSwitch.ATTRIBUTE);
    ui.setLocale(LanguageSwitch.chosen(language));
    ui.addBeforeEnterListener(this::forcePasswordChange);
    ui.addAfterNavigationListener(
        navigation -> {
          if (CurrentUser.isSignedIn()) {
            audit.record("VIEW", "/" + navigation.getLocation().getPathWithQueryParameters());
          }
        });
  }

  private void forcePasswordChange(BeforeEnterEvent event) {
    Class<?> target = event.getNavigationTarget();
    if (CurrentUser.isSignedIn()
        && target != ChangePasswordView.class
        && target != LoginView.class
        && passwords.mustChange(CurrentUser.login())) {
      event.rerouteTo(ChangePasswordView.class);
    }
  }
}
