package org.kofu.admin.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.kofu.admin.AdminProperties;
import org.kofu.admin.monitoring.UnusualIssuance;
import org.kofu.admin.statistics.TodaySummary;
import org.kofu.projectdb.chain.ChainVerification;

/**
 * The dashboard's alerts about the issuance log: a broken chain, unusual daily volume, and unusual
 * issuance at one kiosk or to one person within the window (the person is not named).
 */
final class IssuanceAlerts {

  private IssuanceAlerts() {}

  static List<Paragraph> of(
      Component owner,
      ChainVerification chain,
      TodaySummary today,
      long threshold,
      UnusualIssuance unusual) {
    List<Paragraph> alerts = new ArrayList<>();
    if (!chain.intact()) {
      Paragraph broken =
          DashboardView.alert(
              owner.getTranslation(
                  "dashboard.issuance-chain-broken", chain.firstBrokenSeq(), chain.reason()));
      broken.setId("alert-issuance-chain");
      alerts.add(broken);
    }
    if (today.total() > threshold) {
      Paragraph volume =
          DashboardView.alert(owner.getTranslation("dashboard.volume", today.total(), threshold));
      volume.setId("alert-volume");
      alerts.add(volume);
    }
    UnusualIssuance.Snapshot window = unusual.now();
    AdminProperties.Alerts limits = unusual.thresholds();
    long minutes = limits.window().toMinutes();
    if (!window.kiosksOver().isEmpty()) {
      Paragraph kiosks =
          DashboardView.alert(
              owner.getTranslation(
                  "dashboard.kiosk-volume",
                  minutes,
                  limits.perKiosk(),
                  String.join(", ", window.kiosksOver())));
      kiosks.setId("alert-kiosk-volume");
      alerts.add(kiosks);
    }
    if (window.personsOver() > 0) {
      Paragraph persons =
          DashboardView.alert(
              owner.getTranslation(
                  "dashboard.person-volume", minutes, limits.perPerson(), window.personsOver()));
      persons.setId("alert-person-volume");
      alerts.add(persons);
    }
    return alerts;
  }
}
