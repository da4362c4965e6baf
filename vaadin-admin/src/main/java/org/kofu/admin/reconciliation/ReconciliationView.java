package org.kofu.admin.reconciliation;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.ui.Formats;
import org.kofu.projectdb.settlement.StatementCheck.Result;
import org.kofu.projectdb.settlement.StatementCheck.State;
import org.kofu.projectdb.settlement.StatementImports;
import org.kofu.projectdb.settlement.StatementImports.Imported;

/**
 * 照合: the imported statements and, for the one chosen, where it and the city's record (the sealed
 * counts of the closed days) differ. Everyone signed in sees them; only an officer imports one.
 */
@Route("reconciliation")
@Menu(order = 4.7, title = "nav.reconciliation")
@PermitAll
public class ReconciliationView extends VerticalLayout implements HasDynamicTitle {

  private final Statements statements;
  private final Select<Imported> chosen = new Select<>();
  private final Paragraph summary = new Paragraph();
  private final LinesGrid grid = new LinesGrid();

  ReconciliationView(Statements statements) {
    this.statements = statements;
    add(new H2(getTranslation("nav.reconciliation")));
    Paragraph rule = new Paragraph(getTranslation("recon.rule"));
    rule.setId("recon-rule");
    add(rule);
    if (CurrentUser.has(Role.OFFICER)) {
      add(new UploadSection(statements, this::refresh));
    } else {
      Paragraph readOnly = new Paragraph(getTranslation("recon.officer-only"));
      readOnly.setId("recon-officer-only");
      add(readOnly);
    }
    chosen.setLabel(getTranslation("recon.import"));
    chosen.setId("import-select");
    chosen.setItemLabelGenerator(this::label);
    chosen.setWidth("40em");
    chosen.addValueChangeListener(e -> show(e.getValue()));
    summary.setId("recon-summary");
    add(new H3(getTranslation("recon.title")), chosen, summary, grid);
    setHorizontalComponentAlignment(Alignment.STRETCH, grid);
    refresh(null);
  }

  /** The imports again, the newest (or {@code select}) chosen. */
  private void refresh(Imported select) {
    List<Imported> imports = statements.imports();
    chosen.setItems(imports);
    if (imports.isEmpty()) {
      show(null);
    } else {
      chosen.setValue(select == null ? imports.get(0) : select);
    }
  }

  private void show(Imported imported) {
    if (imported == null) {
      summary.setText(getTranslation("recon.none"));
      grid.show(List.of());
      return;
    }
    Result result = statements.check(imported);
    summary.setText(
        getTranslation(
            "recon.summary",
            result.from().toString(),
            result.to().toString(),
            result.count(State.DIFFERENT),
            result.count(State.ONLY_IN_STATEMENT),
            result.count(State.ONLY_IN_RECORD),
            result.agreeing(),
            result.closedDays().size(),
            result.notClosedDays().size(),
            result.count(State.NOT_CLOSED)));
    grid.show(result.lines());
  }

  private String label(Imported i) {
    return getTranslation(
        "recon.import-label",
        i.id(),
        StatementImports.CENTER.equals(i.origin())
            ? getTranslation("recon.origin.CENTER")
            : i.origin(),
        i.fileName(),
        Formats.time(i.importedAt()),
        i.importedBy(),
        i.rows());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.reconciliation");
  }
}
