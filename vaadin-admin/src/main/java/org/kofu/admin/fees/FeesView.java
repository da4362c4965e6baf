package org.kofu.admin.fees;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.projectdb.settlement.ScheduleEditor;

/**
 * 手数料・事業者: the fee schedule, the 交付委託手数料 and the store operators with their kioskId prefixes.
 * Everyone signed in sees them; only an officer changes them.
 */
@Route("fees")
@Menu(order = 4.5, title = "nav.fees")
@PermitAll
public class FeesView extends VerticalLayout implements HasDynamicTitle {

  FeesView(MoneySettings settings) {
    boolean officer = CurrentUser.has(Role.OFFICER);
    add(new H2(getTranslation("nav.fees")));
    Paragraph rule = new Paragraph(getTranslation("fees.rule", ScheduleEditor.LEAD.toMinutes()));
    rule.setId("fees-rule");
    add(rule);
    if (!officer) {
      Paragraph readOnly = new Paragraph(getTranslation("fees.officer-only"));
      readOnly.setId("fees-officer-only");
      add(readOnly);
    }
    CommissionSection commissions = new CommissionSection(settings, officer);
    add(new FeeSection(settings, officer), commissions);
    add(new OperatorSection(settings, officer, commissions::refresh));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.fees");
  }
}
