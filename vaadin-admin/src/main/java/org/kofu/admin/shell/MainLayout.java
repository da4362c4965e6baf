package org.kofu.admin.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.ui.LanguageSwitch;

/**
 * The frame of every view but sign-in and the password change: title, user, language, sign-out, and
 * the menu. The menu lists the views that carry {@code @Menu} (title: a key of the messages bundle)
 * and that the user's role may open, as Vaadin's access control decides from their
 * {@code @RolesAllowed}: the shell knows no feature.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  MainLayout(AuthenticationContext authentication, AuditTrail audit) {
    H1 title = new H1(getTranslation("app.title"));
    title.addClassName("kofu-title");
    title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
    Span user = new Span(CurrentUser.login() + " (" + roleLabel() + ")");
    user.setId("current-user");
    Button logout =
        new Button(
            getTranslation("app.logout"),
            click -> {
              audit.record("LOGOUT", "");
              authentication.logout();
            });
    logout.setId("logout");
    HorizontalLayout header = new HorizontalLayout(title, user, new LanguageSwitch(), logout);
    header.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
    header.setWidthFull();
    header.expand(title);
    header.getStyle().set("padding-right", "1em");
    addToNavbar(new DrawerToggle(), header);
    addToDrawer(menu());
  }

  private SideNav menu() {
    SideNav nav = new SideNav();
    nav.setId("menu");
    for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
      // relative paths, as the views link to each other
      String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
      nav.addItem(new SideNavItem(getTranslation(entry.title()), path));
    }
    return nav;
  }

  private String roleLabel() {
    for (Role role : Role.values()) {
      if (CurrentUser.has(role)) {
        return getTranslation("role." + role);
      }
    }
    return "";
  }
}
