package org.kofu.admin.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Every view a signed-in user opens, with its query, in the audit chain ({@code VIEW}). */
@Component
class NavigationAudit implements VaadinServiceInitListener {

  private final AuditTrail audit;

  NavigationAudit(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addUIInitListener(
            init ->
                init.getUI()
                    .addAfterNavigationListener(
                        navigation -> {
                          if (CurrentUser.isSignedIn()) {
                            audit.record(
                                "VIEW",
                                "/" + navigation.getLocation().getPathWithQueryParameters());
                          }
                        }));
  }
}
