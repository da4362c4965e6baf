package org.kofu.admin.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.kofu.admin.statistics.TodaySummary;
import org.kofu.projectdb.chain.ChainVerification;

/** The dashboard's alerts about the issuance log: a broken chain and unusual volume. */
final class IssuanceAlerts {

  private IssuanceAlerts() {}

  static List<Paragraph> of(
      Component owner, ChainVerification chain, TodaySummary today, long threshold) {
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
    return alerts;
  }
}
