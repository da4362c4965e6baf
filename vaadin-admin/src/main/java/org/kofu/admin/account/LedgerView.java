package org.kofu.admin.account;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kofu.admin.ui.Formats;

/** The password ledger of clause 8(2): credential events, never passwords. */
@Route("ledger")
@Menu(order = 14, title = "nav.ledger")
@RolesAllowed({"OFFICER", "AUDITOR"})
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

  LedgerView(CredentialLedger ledger) {
    Grid<CredentialEvent> grid = new Grid<>();
    grid.addColumn(e -> Formats.time(e.occurredAt())).setHeader(getTranslation("common.when"));
    grid.addColumn(CredentialEvent::actor).setHeader(getTranslation("common.who"));
    grid.addColumn(CredentialEvent::subject).setHeader(getTranslation("ledger.subject"));
    grid.addColumn(e -> getTranslation("ledger." + e.kind()))
        .setHeader(getTranslation("ledger.event"));
    grid.setItems(ledger.latest());
    grid.setId("ledger-grid");
    add(new H2(getTranslation("nav.ledger")), grid);
    setSizeFull();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.ledger");
  }
}
