package org.kofu.admin.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Function;

/** The officer's user management (clause 8(1)): one-time passwords are shown once, here. */
@Route("users")
@Menu(order = 13, title = "nav.users")
@RolesAllowed("OFFICER")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

  private final AccountAdministration accounts;
  private final Grid<AdminUser> grid = new Grid<>();
  private final Paragraph message = new Paragraph();

  UsersView(AccountAdministration accounts) {
    this.accounts = accounts;
    message.setId("users-message");
    TextField login = new TextField(getTranslation("users.login"));
    login.setId("new-login");
    TextField name = new TextField(getTranslation("users.name"));
    name.setId("new-name");
    ComboBox<Role> role = new ComboBox<>(getTranslation("users.role"), Role.values());
    role.setId("new-role");
    role.setItemLabelGenerator(r -> getTranslation("role." + r));
    role.setValue(Role.OPERATOR);
    Button issue =
        new Button(
            getTranslation("users.issue"),
            click ->
                act(
                    () ->
                        getTranslation(
                            "users.issued",
                            login.getValue(),
                            accounts.issue(login.getValue(), name.getValue(), role.getValue()))));
    issue.setId("issue-user");
    issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    HorizontalLayout form = new HorizontalLayout(login, name, role, issue);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    grid.addColumn(AdminUser::login).setHeader(getTranslation("users.login"));
    grid.addColumn(AdminUser::displayName).setHeader(getTranslation("users.name"));
    grid.addColumn(u -> getTranslation("role." + u.role())).setHeader(getTranslation("users.role"));
    grid.addColumn(u -> state(u)).setHeader(getTranslation("users.state"));
    grid.addComponentColumn(this::actions);
    grid.setId("users-grid");
    add(new H2(getTranslation("nav.users")), form, message, grid);
    refresh();
  }

  private String state(AdminUser user) {
    String state = user.enabled() ? "" : getTranslation("users.disabled") + " ";
    state += user.locked() ? getTranslation("users.locked") + " " : "";
    return state + (user.mustChange() ? getTranslation("users.must-change") : "");
  }

  private HorizontalLayout actions(AdminUser user) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.add(
        small("users.reset", u -> getTranslation("users.issued", u, accounts.reset(u)), user));
    if (user.locked()) {
      actions.add(small("users.unlock", u -> done(() -> accounts.unlock(u)), user));
    }
    actions.add(
        small(
            user.enabled() ? "users.disable" : "users.enable",
            u -> done(() -> accounts.setEnabled(u, !user.enabled())),
            user));
    actions.add(small("users.delete", u -> done(() -> accounts.delete(u)), user));
    return actions;
  }

  private Button small(String key, Function<String, String> action, AdminUser user) {
    Button button = new Button(getTranslation(key), click -> act(() -> action.apply(user.login())));
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    button.setId(key.substring("users.".length()) + "-" + user.login());
    return button;
  }

  private String done(Runnable action) {
    action.run();
    return getTranslation("common.done");
  }

  private void act(java.util.function.Supplier<String> action) {
    try {
      message.setText(action.get());
    } catch (AccountException e) {
      message.setText(getTranslation(e.messageKey()));
    }
    refresh();
  }

  private void refresh() {
    grid.setItems(accounts.users());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.users");
  }
}
