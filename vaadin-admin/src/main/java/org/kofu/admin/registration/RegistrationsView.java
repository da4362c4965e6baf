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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.core.legacy.koseki.RegisteredPerson;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationStatus;

/**
 * Pending applications with the candidates the 戸籍 offers for the selected one: the clerk approves
 * by choosing a candidate (no id is typed), or rejects with a reason; with no candidate only the
 * rejection is possible. Decided ones below, with suspensions by the system and the clerk's
 * revocation.
 */
@Route("registrations")
@Menu(order = 8, title = "nav.registrations")
@PermitAll
public class RegistrationsView extends VerticalLayout implements HasDynamicTitle {

  private final RegistrationDecisions decisions;
  private final boolean mayDecide = CurrentUser.has(Role.OFFICER, Role.OPERATOR);
  private final Grid<Registration> pending;
  private final Grid<RegisteredPerson> candidates;
  private final Grid<Registration> decided;
  private final Paragraph candidateNote = new Paragraph();
  private final Paragraph message = new Paragraph();
  private final Button approve;
  private final Button revoke;

  RegistrationsView(RegistrationDecisions decisions) {
    this.decisions = decisions;
    pending = RegistrationGrids.applications("pending-grid", this::getTranslation);
    candidates = RegistrationGrids.candidates(this::getTranslation);
    decided = RegistrationGrids.decided(this::getTranslation);
    TextField reason = field("registration.reason", "reject-reason");
    TextField revokeReason = field("registration.revoke-reason", "revoke-reason");
    approve = button("registration.approve", "approve", ButtonVariant.LUMO_PRIMARY);
    approve.addClickListener(click -> approveChosen());
    Button reject = button("registration.reject", "reject", ButtonVariant.LUMO_ERROR);
    reject.addClickListener(click -> decide(pending, r -> decisions.reject(r, reason.getValue())));
    revoke = button("registration.revoke", "revoke", ButtonVariant.LUMO_ERROR);
    revoke.addClickListener(
        click -> decide(decided, r -> decisions.revoke(r, revokeReason.getValue())));
    reject.setEnabled(mayDecide);
    approve.setEnabled(false);
    revoke.setEnabled(false);
    pending.asSingleSelect().addValueChangeListener(e -> showCandidates(e.getValue()));
    candidates
        .asSingleSelect()
        .addValueChangeListener(e -> approve.setEnabled(mayDecide && e.getValue() != null));
    decided
        .asSingleSelect()
        .addValueChangeListener(e -> revoke.setEnabled(mayDecide && revocable(e.getValue())));
    candidateNote.setId("candidate-note");
    message.setId("registration-message");
    add(new H2(getTranslation("nav.registrations")));
    if (!decisions.matchingAvailable()) {
      add(
          RegistrationGrids.withId(
              new Paragraph(getTranslation("registration.no-source")), "no-source"));
    }
    add(pending, new H3(getTranslation("registration.candidates")), candidateNote, candidates);
    add(row(approve), row(reason, reject), message);
    add(new H3(getTranslation("registration.decided")), decided, row(revokeReason, revoke));
    refresh();
  }

  private void showCandidates(Registration selected) {
    List<RegisteredPerson> found = selected == null ? List.of() : decisions.candidates(selected);
    candidates.setItems(found);
    approve.setEnabled(false);
    candidateNote.setText(
        selected == null
            ? ""
            : getTranslation(
                found.isEmpty() ? "registration.no-candidate" : "registration.choose",
                found.size()));
  }

  private void approveChosen() {
    Registration selected = pending.asSingleSelect().getValue();
    RegisteredPerson chosen = candidates.asSingleSelect().getValue();
    if (selected == null || chosen == null) {
      message.setText(getTranslation("registration.select"));
      return;
    }
    show(decisions.approve(selected, chosen));
  }

  private void decide(
      Grid<Registration> from, java.util.function.Function<Registration, Decision> decision) {
    Registration selected = from.asSingleSelect().getValue();
    if (selected == null) {
      message.setText(getTranslation("registration.select"));
      return;
    }
    show(decision.apply(selected));
  }

  private void show(Decision decision) {
    message.setText(getTranslation("registration.outcome." + decision));
    refresh();
  }

  private static boolean revocable(Registration r) {
    return r != null
        && (r.status() == RegistrationStatus.APPROVED
            || r.status() == RegistrationStatus.SUSPENDED);
  }

  private void refresh() {
    pending.setItems(decisions.pending());
    decided.setItems(decisions.decided());
    showCandidates(null);
    revoke.setEnabled(false);
  }

  private TextField field(String key, String id) {
    return RegistrationGrids.withId(new TextField(getTranslation(key)), id);
  }

  private Button button(String key, String id, ButtonVariant variant) {
    Button button = RegistrationGrids.withId(new Button(getTranslation(key)), id);
    button.addThemeVariants(variant);
    return button;
  }

  private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
    HorizontalLayout row = new HorizontalLayout(parts);
    row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    row.getStyle().set("flex-wrap", "wrap");
    return row;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.registrations");
  }
}
