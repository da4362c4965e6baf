package org.kofu.admin.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.kofu.admin.account.Role;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.security.CurrentUser;

/**
 * The frame of every view: title, user, language, sign-out, and a menu of what the role may see.
 */
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
    nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), ""));
    nav.addItem(new SideNavItem(getTranslation("nav.service"), "service"));
    nav.addItem(new SideNavItem(getTranslation("nav.issuance"), "issuance-log"));
    nav.addItem(new SideNavItem(getTranslation("nav.exports"), "exports"));
    nav.addItem(new SideNavItem(getTranslation("nav.statistics"), "statistics"));
    nav.addItem(new SideNavItem(getTranslation("nav.jobs"), "jobs"));
    nav.addItem(new SideNavItem(getTranslation("nav.coverage"), "coverage"));
    nav.addItem(new SideNavItem(getTranslation("nav.cache"), "cache"));
    nav.addItem(new SideNavItem(getTranslation("nav.registrations"), "registrations"));
    nav.addItem(new SideNavItem(getTranslation("nav.incidents"), "incidents"));
    nav.addItem(new SideNavItem(getTranslation("nav.contacts"), "contacts"));
    nav.addItem(new SideNavItem(getTranslation("nav.documents"), "documents"));
    nav.addItem(new SideNavItem(getTranslation("nav.audit"), "audit"));
    if (CurrentUser.has(Role.OFFICER)) {
      nav.addItem(new SideNavItem(getTranslation("nav.users"), "users"));
    }
    if (CurrentUser.has(Role.OFFICER, Role.AUDITOR)) {
      nav.addItem(new SideNavItem(getTranslation("nav.ledger"), "ledger"));
    }
    nav.addItem(new SideNavItem(getTranslation("nav.password"), "change-password"));
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
