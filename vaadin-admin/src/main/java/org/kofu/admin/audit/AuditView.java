package org.kofu.admin.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kofu.admin.ui.Formats;
import org.kofu.projectdb.chain.ChainVerification;

/** The latest audit records and a check of the whole chain. */
@Route("audit")
@Menu(order = 12, title = "nav.audit")
@PermitAll
public class AuditView extends VerticalLayout implements HasDynamicTitle {

  private static final int SHOWN = 500;

  AuditView(AuditRepository records, AuditTrail trail) {
    Grid<AuditEntry> grid = new Grid<>();
    grid.addColumn(AuditEntry::seq).setHeader("#").setAutoWidth(true);
    grid.addColumn(e -> Formats.time(e.occurredAt())).setHeader(getTranslation("common.when"));
    grid.addColumn(AuditEntry::actor).setHeader(getTranslation("common.who"));
    grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action"));
    grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail"));
    grid.addColumn(AuditEntry::clientIp).setHeader(getTranslation("audit.ip"));
    grid.setId("audit-grid");
    TextField filter = new TextField(getTranslation("audit.filter"));
    filter.addValueChangeListener(
        change -> grid.setItems(records.latest(change.getValue(), SHOWN)));
    Paragraph result = new Paragraph();
    result.setId("verify-result");
    Button verify =
        new Button(
            getTranslation("audit.verify"),
            click -> {
              ChainVerification check = trail.verify();
              trail.record("AUDIT_VERIFIED", check.describe());
              result.setText(
                  check.intact()
                      ? getTranslation("audit.intact", check.linksChecked())
                      : getTranslation("audit.broken", check.firstBrokenSeq(), check.reason()));
            });
    verify.setId("verify-chain");
    HorizontalLayout tools = new HorizontalLayout(filter, verify);
    tools.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    tools.getStyle().set("flex-wrap", "wrap");
    grid.setItems(records.latest("", SHOWN));
    add(new H2(getTranslation("nav.audit")), tools, result, grid);
    setSizeFull();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.audit");
  }
}
