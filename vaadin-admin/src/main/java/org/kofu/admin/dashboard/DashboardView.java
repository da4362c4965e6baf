package org.kofu.admin.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kofu.admin.account.LoginAttempts;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.issuance.LogReader;
import org.kofu.admin.monitoring.UnusualIssuance;
import org.kofu.admin.service.ServiceSettings;
import org.kofu.admin.statistics.TodayIssuances;
import org.kofu.admin.statistics.TodaySummary;
import org.kofu.admin.ui.Formats;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.service.MaintenanceWindow;
import org.kofu.projectdb.service.ServiceCalendar;
import org.kofu.projectdb.service.ServiceState;

/**
 * The start page: alerts (lockouts, broken audit or issuance chain, unusual volume), today's
 * issuances and the service state now.
 */
@Route("")
@Menu(order = 0, title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

  DashboardView(
      ServiceCalendar calendar,
      ServiceSettings settings,
      LoginAttempts attempts,
      AuditTrail audit,
      TodayIssuances issuances,
      LogReader issuanceLog,
      UnusualIssuance unusual,
      Clock clock) {
    add(new H2(getTranslation("nav.dashboard")));
    TodaySummary today = issuances.today();
    add(
        alerts(
            attempts.lockedLogins(),
            audit.verify(),
            IssuanceAlerts.of(
                this, issuanceLog.verify(), today, unusual.thresholds().dailyVolume(), unusual)));
    add(new H3(getTranslation("dashboard.today")), new IssuanceTiles(today));
    add(new H3(getTranslation("dashboard.service-now")));
    FlexLayout tiles = new FlexLayout();
    tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    tiles.getStyle().set("gap", "0.5em");
    Instant now = clock.instant();
    for (String type : ServiceCalendar.CERTIFICATE_TYPES) {
      tiles.add(tile(type, calendar.stateAt(now, type)));
    }
    add(tiles);
    maintenance(settings);
  }

  private void maintenance(ServiceSettings settings) {
    add(new H3(getTranslation("dashboard.maintenance")));
    List<MaintenanceWindow> windows =
        settings.upcomingWindows().stream().filter(w -> !w.cancelled()).toList();
    if (windows.isEmpty()) {
      add(new Paragraph(getTranslation("dashboard.no-maintenance")));
    }
    for (MaintenanceWindow window : windows) {
      add(
          new Paragraph(
              Formats.time(window.startsAt())
                  + " – "
                  + Formats.time(window.endsAt())
                  + "  "
                  + window.reason()));
    }
  }

  private Component alerts(
      List<String> locked, ChainVerification chain, List<Paragraph> issuanceAlerts) {
    Div alerts = new Div();
    alerts.setId("alerts");
    issuanceAlerts.forEach(alerts::add);
    if (!chain.intact()) {
      alerts.add(alert(getTranslation("dashboard.chain-broken", chain.firstBrokenSeq())));
    }
    if (!locked.isEmpty()) {
      alerts.add(alert(getTranslation("dashboard.locked", String.join(", ", locked))));
    }
    if (chain.intact() && locked.isEmpty() && issuanceAlerts.isEmpty()) {
      alerts.add(new Paragraph(getTranslation("dashboard.no-alerts", chain.linksChecked())));
    }
    return alerts;
  }

  static Paragraph alert(String text) {
    Paragraph alert = new Paragraph(text);
    alert.addClassName("kofu-alert");
    alert.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
    return alert;
  }

  private Component tile(String type, ServiceState state) {
    Div tile = new Div();
    tile.addClassName("kofu-tile");
    tile.getStyle()
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "0 1em")
        .set("min-width", "14em");
    tile.setId("state-" + type);
    tile.add(new H3(getTranslation("type." + type)), new Paragraph(describe(state)));
    return tile;
  }

  private String describe(ServiceState state) {
    if (state instanceof ServiceState.Maintenance maintenance) {
      return getTranslation("state.maintenance", Formats.time(maintenance.until()));
    }
    if (state instanceof ServiceState.Closed closed) {
      return getTranslation("state.closed." + closed.reason())
          + (closed.retryAfter() == null
              ? ""
              : " " + getTranslation("state.until", Formats.time(closed.retryAfter())));
    }
    return getTranslation("state.open");
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.dashboard");
  }
}
