package org.kofu.admin.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.kofu.admin.ui.LanguageSwitch;

/**
 * Sign-in, outside the shell's layout; the form posts to Spring Security's login processing URL.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final LoginForm form = new LoginForm();
  private final Paragraph notice = new Paragraph();

  LoginView() {
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);
    form.setI18n(i18n());
    notice.addClassName("kofu-notice");
    notice.setId("login-notice");
    add(new H1(getTranslation("app.title")), notice, form, new LanguageSwitch());
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
    notice.setVisible(false);
    for (String reason : List.of("locked", "disabled", "expired", "otp-expired", "throttled")) {
      if (parameters.containsKey(reason)) {
        notice.setText(getTranslation("login." + reason));
        notice.setVisible(true);
      }
    }
    form.setError(parameters.containsKey("error"));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.title");
  }

  private LoginI18n i18n() {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle(getTranslation("login.title"));
    i18n.getForm().setUsername(getTranslation("login.username"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
    i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
    return i18n;
  }
}
