package org.kofu.admin.settlement;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kofu.projectdb.settlement.ClosedDayChange;
import org.kofu.projectdb.settlement.MonthlySettlement;
import org.kofu.projectdb.settlement.SettlementCsv;

/**
 * 精算: a month's settlement from the sealed daily closes, its PDF and CSV, the closed days with
 * their seal and integrity, and the changes found in them after the close. Everyone signed in sees
 * it, as the fees and operators it is made of; each download is an audit record.
 */
@Route("settlement")
@Menu(order = 4.6, title = "nav.settlement")
@PermitAll
public class SettlementView extends VerticalLayout implements HasDynamicTitle {

  private final Settlement settlement;
  private final SettlementPdf pdf;
  private final Grid<MonthlySettlement.Line> lines;
  private final Grid<Settlement.ClosedDay> days;
  private final Grid<ClosedDayChange> changes;
  private final Paragraph notClosed = new Paragraph();
  private final Paragraph noChanges = new Paragraph();
  private final Anchor pdfLink = new Anchor();
  private final Anchor csvLink = new Anchor();

  SettlementView(Settlement settlement, SettlementPdf pdf) {
    this.settlement = settlement;
    this.pdf = pdf;
    SettlementGrids grids = new SettlementGrids(this);
    lines = grids.lines();
    days = grids.days();
    changes = grids.changes();
    YearMonth now = settlement.thisMonth();
    ComboBox<YearMonth> month = new ComboBox<>(getTranslation("settlement.month"));
    month.setItems(Stream.iterate(now, m -> m.minusMonths(1)).limit(24).toList());
    month.setId("settlement-month");
    month.addValueChangeListener(change -> show(change.getValue()));
    Paragraph rule = new Paragraph(getTranslation("settlement.rule"));
    rule.setId("settlement-rule");
    pdfLink.setId("settlement-pdf");
    pdfLink.setText(getTranslation("settlement.pdf"));
    csvLink.setId("settlement-csv");
    csvLink.setText(getTranslation("settlement.csv"));
    notClosed.setId("settlement-not-closed");
    noChanges.setId("settlement-no-changes");
    noChanges.setText(getTranslation("settlement.no-changes"));
    add(new H2(getTranslation("nav.settlement")), rule, month);
    add(new HorizontalLayout(pdfLink, csvLink));
    add(new H3(getTranslation("settlement.lines")), lines, notClosed);
    add(new H3(getTranslation("settlement.days")), days);
    add(new H3(getTranslation("settlement.changes")), noChanges, changes);
    month.setValue(now);
  }

  private void show(YearMonth month) {
    if (month == null) {
      return;
    }
    MonthlySettlement.Report report = settlement.report(month);
    List<MonthlySettlement.Line> shown = new ArrayList<>(report.lines());
    shown.add(report.total());
    lines.setItems(shown);
    notClosed.setText(
        report.notClosed().isEmpty()
            ? getTranslation("settlement.all-closed")
            : getTranslation(
                "settlement.not-closed",
                report.notClosed().size(),
                SettlementPdf.notClosed(report.notClosed())));
    days.setItems(settlement.closedDays(month));
    List<ClosedDayChange> found = settlement.changes(month);
    changes.setItems(found);
    changes.setVisible(!found.isEmpty());
    noChanges.setVisible(found.isEmpty());
    pdfLink.setHref(
        (DownloadHandler)
            event -> {
              event.setFileName("kofu-settlement-" + month + ".pdf");
              event.setContentType("application/pdf");
              settlement.downloaded(month, "PDF");
              pdf.write(settlement.report(month), settlement.now(), event.getOutputStream());
            },
        AttachmentType.DOWNLOAD);
    csvLink.setHref(
        (DownloadHandler)
            event -> {
              event.setFileName("kofu-settlement-" + month + ".csv");
              event.setContentType("text/csv; charset=UTF-8");
              settlement.downloaded(month, "CSV");
              SettlementCsv.write(settlement.report(month), event.getOutputStream());
            },
        AttachmentType.DOWNLOAD);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.settlement");
  }
}
