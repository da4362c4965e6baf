package org.kofu.admin.statistics;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.kofu.admin.ui.CodeLabels;

/** A month's counts by day, type and outcome, the chart of printed certificates and the fees. */
@Route("statistics")
@Menu(order = 4, title = "nav.statistics")
@RolesAllowed({"OFFICER", "OPERATOR", "AUDITOR"})
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {

  private final Statistics statistics;
  private final Grid<DailyCount> daily = new Grid<>();
  private final Grid<FeeLine> fees = new Grid<>();
  private final Image chart = new Image();
  private final ReportLink report;

  StatisticsView(Statistics statistics, MonthlyReport reports, Clock clock) {
    this.statistics = statistics;
    this.report = new ReportLink(statistics, reports, clock, getTranslation("statistics.report"));
    YearMonth now = YearMonth.now(clock.withZone(StatisticsRepository.TOKYO));
    ComboBox<YearMonth> month = new ComboBox<>(getTranslation("statistics.month"));
    month.setItems(Stream.iterate(now, m -> m.minusMonths(1)).limit(24).toList());
    month.setId("statistics-month");
    month.addValueChangeListener(change -> show(change.getValue()));
    CodeLabels labels = new CodeLabels(this);
    daily.setId("statistics-daily");
    daily.addColumn(DailyCount::day).setHeader(getTranslation("statistics.day"));
    daily
        .addColumn(c -> labels.type(c.certificateType()))
        .setHeader(getTranslation("issuance.type"));
    daily
        .addColumn(c -> outcome(labels, c.outcome()))
        .setHeader(getTranslation("issuance.decision"));
    daily.addColumn(DailyCount::count).setHeader(getTranslation("statistics.count"));
    fees.setId("statistics-fees");
    fees.setAllRowsVisible(true);
    fees.addColumn(f -> labels.type(f.certificateType()))
        .setHeader(getTranslation("issuance.type"));
    fees.addColumn(FeeLine::printed).setHeader(getTranslation("statistics.printed"));
    fees.addColumn(FeeLine::feeYen).setHeader(getTranslation("statistics.fee"));
    chart.setId("statistics-chart");
    chart.setAlt(getTranslation("statistics.chart"));
    chart.setMaxWidth("100%");
    add(new H2(getTranslation("nav.statistics")), month, report, chart);
    add(
        new H3(getTranslation("statistics.fees")),
        fees,
        new H3(getTranslation("statistics.daily")));
    add(daily);
    month.setValue(now);
  }

  private void show(YearMonth month) {
    if (month == null) {
      return;
    }
    List<DailyCount> counts = statistics.daily(month);
    daily.setItems(counts);
    fees.setItems(statistics.fees(month));
    ChartText text =
        new ChartText(
            getTranslation("statistics.chart-title", month.toString()),
            getTranslation("statistics.day"),
            getTranslation("statistics.printed"),
            getTranslation("statistics.chart-empty"),
            new CodeLabels(this)::type);
    chart.setSrc(
        (DownloadHandler)
            event -> {
              event.setFileName("statistics-" + month + ".png");
              event.setContentType("image/png");
              StatisticsChart.png(counts, month, text, event.getOutputStream());
            });
    report.show(month);
  }

  /** A certificate's decision (交付, 拒否) or a result's outcome (印刷済み, …). */
  private static String outcome(CodeLabels labels, String code) {
    String decision = labels.decision(code);
    return decision.equals(code) ? labels.reason(code) : decision;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.statistics");
  }
}
