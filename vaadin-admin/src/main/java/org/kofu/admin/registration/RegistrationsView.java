package org.kofu.admin.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.kofu.admin.account.Role;
import org.kofu.admin.security.CurrentUser;
import org.kofu.admin.ui.Formats;
import org.kofu.admin.ui.MainLayout;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationStatus;

/** Pending registrations: select one, enter the matched 戸籍, approve; or reject with a reason. */
@Route(value = "registrations", layout = MainLayout.class)
@PermitAll
public class RegistrationsView extends VerticalLayout implements HasDynamicTitle {

  private final RegistrationDecisions decisions;
  private final Grid<Registration> pending = grid("pending-grid");
  private final Grid<Registration> decided = grid("decided-grid");
  private final Paragraph message = new Paragraph();

  RegistrationsView(RegistrationDecisions decisions) {
    this.decisions = decisions;
    boolean mayDecide = CurrentUser.has(Role.OFFICER, Role.OPERATOR);
    TextField kosekiId = field("registration.koseki-id", "koseki-id");
    TextField kojinNo = field("registration.kojin-no", "kojin-no");
    TextField reason = field("registration.reason", "reject-reason");
    Button approve =
        new Button(
            getTranslation("registration.approve"),
            click ->
                decide(r -> decisions.approve(r.id(), kosekiId.getValue(), kojinNo.getValue())));
    approve.setId("approve");
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button reject =
        new Button(
            getTranslation("registration.reject"),
            click -> decide(r -> decisions.reject(r.id(), reason.getValue())));
    reject.setId("reject");
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    approve.setEnabled(mayDecide);
    reject.setEnabled(mayDecide);
    message.setId("registration-message");
    HorizontalLayout approval = new HorizontalLayout(kosekiId, kojinNo, approve);
    approval.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    approval.getStyle().set("flex-wrap", "wrap");
    HorizontalLayout rejection = new HorizontalLayout(reason, reject);
    rejection.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    rejection.getStyle().set("flex-wrap", "wrap");
    decided
        .addColumn(r -> getTranslation("registration." + r.status()))
        .setHeader(getTranslation("registration.status"));
    decided
        .addColumn(r -> r.decidedBy() + " " + Formats.time(r.decidedAt()))
        .setHeader(getTranslation("registration.decided"));
    add(new H2(getTranslation("nav.registrations")), pending, approval, rejection, message);
    add(new H3(getTranslation("registration.decided")), decided);
    refresh();
  }

  private Grid<Registration> grid(String id) {
    Grid<Registration> grid = new Grid<>();
    grid.addColumn(Registration::id).setHeader("#").setAutoWidth(true);
    grid.addColumn(Registration::name).setHeader(getTranslation("registration.name"));
    grid.addColumn(Registration::kana).setHeader(getTranslation("registration.kana"));
    grid.addColumn(Registration::birthDate).setHeader(getTranslation("registration.birth"));
    grid.addColumn(Registration::honseki).setHeader(getTranslation("registration.honseki"));
    grid.addColumn(Registration::hittosha).setHeader(getTranslation("registration.hittosha"));
    grid.addColumn(r -> Formats.time(r.requestedAt()))
        .setHeader(getTranslation("registration.requested"));
    grid.setAllRowsVisible(true);
    grid.setId(id);
    return grid;
  }

  private TextField field(String key, String id) {
    TextField field = new TextField(getTranslation(key));
    field.setId(id);
    return field;
  }

  private void decide(java.util.function.Predicate<Registration> decision) {
    Registration selected = pending.asSingleSelect().getValue();
    if (selected == null) {
      message.setText(getTranslation("registration.select"));
    } else {
      message.setText(
          getTranslation(decision.test(selected) ? "common.done" : "registration.failed"));
      refresh();
    }
  }

  private void refresh() {
    pending.setItems(decisions.byStatus(RegistrationStatus.PENDING));
    java.util.List<Registration> done =
        new java.util.ArrayList<>(decisions.byStatus(RegistrationStatus.APPROVED));
    done.addAll(decisions.byStatus(RegistrationStatus.REJECTED));
    decided.setItems(done);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.registrations");
  }
}
