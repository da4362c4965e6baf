package org.kofu.admin.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kofu.admin.AdminProperties;
import org.kofu.admin.account.AccountException;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.PasswordChanges;

/**
 * Change one's own password; a user with a one-time password sees nothing else until done, hence
 * outside the shell's layout.
 */
@Route(value = "change-password", autoLayout = false)
@Menu(order = 15, title = "nav.password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

  ChangePasswordView(PasswordChanges passwords, AdminProperties properties) {
    setMaxWidth("32em");
    PasswordField current = field("password.current", "current-password");
    PasswordField next = field("password.new", "new-password");
    PasswordField confirm = field("password.confirm", "confirm-password");
    Paragraph message = new Paragraph();
    message.setId("password-message");
    Paragraph rule =
        new Paragraph(getTranslation("password.rule", properties.password().minLength()));
    Button save = new Button(getTranslation("password.save"));
    save.setId("save-password");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        click -> {
          if (!next.getValue().equals(confirm.getValue())) {
            message.setText(getTranslation("password.error.confirm"));
            return;
          }
          try {
            passwords.change(CurrentUser.login(), current.getValue(), next.getValue());
            getUI().ifPresent(ui -> ui.navigate(""));
          } catch (AccountException e) {
            message.setText(getTranslation(e.messageKey()));
          }
        });
    if (passwords.mustChange(CurrentUser.login())) {
      add(new Paragraph(getTranslation("password.must-change")));
    }
    add(new H2(getTranslation("password.title")), rule, current, next, confirm, save, message);
  }

  private PasswordField field(String key, String id) {
    PasswordField field = new PasswordField(getTranslation(key));
    field.setId(id);
    field.setWidthFull();
    return field;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("password.title");
  }
}
