package org.kofu.admin.coverage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.ui.Formats;
import org.kofu.projectdb.coverage.CoverageCount;
import org.kofu.projectdb.coverage.CoverageFinding;
import org.kofu.projectdb.coverage.CoverageScan;

/**
 * 文字の点検: the latest scan's counts per system and unit, and its rows by record key, code point and
 * MJ文字図形名; a person only as a link to the audited person search of the issuance log. Operators and
 * the officer request the CSV export; auditors read.
 */
@Route("coverage")
@Menu(order = 6, title = "nav.coverage")
@RolesAllowed({"OFFICER", "OPERATOR", "AUDITOR"})
public class CoverageView extends VerticalLayout implements HasDynamicTitle {

  private final Paragraph message = new Paragraph();

  CoverageView(CoverageReport report, CoverageExportRequests exports) {
    add(new H2(getTranslation("nav.coverage")));
    message.setId("coverage-message");
    Optional<CoverageScan> latest = report.latest();
    if (latest.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("coverage.none"));
      none.setId("coverage-scan");
      add(none);
      return;
    }
    CoverageScan scan = latest.get();
    Paragraph info =
        new Paragraph(
            getTranslation(
                "coverage.scan", Long.toString(scan.scanId()), Formats.time(scan.completedAt())));
    info.setId("coverage-scan");
    Button export =
        new Button(
            getTranslation("coverage.request-export"),
            click ->
                message.setText(
                    getTranslation(
                        "coverage.export-requested",
                        Long.toString(exports.requestCoverage(scan.scanId())))));
    export.setId("coverage-request-export");
    export.setVisible(CurrentUser.has(Role.OFFICER, Role.OPERATOR));
    List<CoverageFinding> rows = report.findings(scan.scanId());
    add(info, counts(scan.counts()), export, message, new H3(getTranslation("coverage.rows")));
    if (rows.size() == CoverageReport.SHOWN) {
      add(new Paragraph(getTranslation("coverage.truncated", CoverageReport.SHOWN)));
    }
    add(findings(rows));
    setSizeFull();
  }

  private Grid<CoverageCount> counts(List<CoverageCount> counts) {
    Grid<CoverageCount> grid = new Grid<>();
    grid.setId("coverage-counts");
    grid.addColumn(c -> getTranslation("coverage.system." + c.system()))
        .setHeader(getTranslation("coverage.system"));
    grid.addColumn(c -> getTranslation("coverage.unit." + c.unit()))
        .setHeader(getTranslation("coverage.unit"));
    grid.addColumn(CoverageCount::scanned).setHeader(getTranslation("coverage.scanned"));
    grid.addColumn(CoverageCount::unprintable).setHeader(getTranslation("coverage.unprintable"));
    grid.addColumn(CoverageCount::gaijiOnly).setHeader(getTranslation("coverage.gaiji-only"));
    grid.getColumns().forEach(c -> c.setAutoWidth(true));
    grid.setItems(counts);
    grid.setAllRowsVisible(true);
    return grid;
  }

  private Grid<CoverageFinding> findings(List<CoverageFinding> rows) {
    Grid<CoverageFinding> grid = new Grid<>();
    grid.setId("coverage-rows");
    grid.addColumn(f -> getTranslation("coverage.system." + f.system()))
        .setHeader(getTranslation("coverage.system"));
    grid.addColumn(f -> f.table() + ":" + f.recordKey())
        .setHeader(getTranslation("coverage.record"));
    // the hand-off comes early, so it is on screen without scrolling the grid sideways
    grid.addComponentColumn(this::personSearch)
        .setHeader(getTranslation("coverage.person"))
        .setAutoWidth(true);
    grid.addColumn(CoverageFinding::field).setHeader(getTranslation("coverage.field"));
    grid.addColumn(f -> getTranslation("coverage.kind." + f.kind()))
        .setHeader(getTranslation("coverage.kind"));
    grid.addColumn(CoverageFinding::codePoints).setHeader(getTranslation("coverage.code-points"));
    grid.addColumn(CoverageFinding::mjName).setHeader(getTranslation("coverage.mj-name"));
    grid.addColumn(CoverageFinding::printedAs).setHeader(getTranslation("coverage.printed-as"));
    grid.addColumn(f -> f.reason() == null ? "" : getTranslation("coverage.reason." + f.reason()))
        .setHeader(getTranslation("coverage.reason"));
    grid.getColumns().forEach(c -> c.setAutoWidth(true));
    grid.setItems(rows);
    return grid;
  }

  /** The person's key as a link to the issuance log's person search, which audits the look-up. */
  private Anchor personSearch(CoverageFinding f) {
    if (f.personKey() == null) {
      return new Anchor();
    }
    String query = QueryParameters.simple(Map.of("person", f.personKey())).getQueryString();
    Anchor link = new Anchor("issuance-log?" + query, f.personKey());
    link.addClassName("coverage-person");
    // a plain page load: the issuance log reads the key in beforeEnter of a fresh navigation
    link.setRouterIgnore(true);
    return link;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.coverage");
  }
}
