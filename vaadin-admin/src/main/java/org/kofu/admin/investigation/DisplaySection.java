package org.kofu.admin.investigation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.ui.Formats;
import org.springframework.security.access.AccessDeniedException;

/**
 * Showing a kept body again: a clerk asks, with a reason, for one linked issuance; an officer other
 * than the asker (and other than the asker's account's creator) approves or rejects; the asker
 * opens it once, after its hash is checked. The PDF is held only in this session's memory.
 */
class DisplaySection extends VerticalLayout {

  private final Investigations investigations;
  private final Supplier<Long> incident;
  private final Runnable refresh;
  private final boolean mayAsk = CurrentUser.has(Role.OFFICER, Role.OPERATOR);
  private final Grid<DisplayRequest> grid = new Grid<>();
  private final TextField reason = new TextField();
  private final HorizontalLayout shown = new HorizontalLayout();

  DisplaySection(Investigations investigations, Supplier<Long> incident, Runnable refresh) {
    this.investigations = investigations;
    this.incident = incident;
    this.refresh = refresh;
    setPadding(false);
    reason.setLabel(getTranslation("investigation.reason"));
    reason.setId("display-reason");
    reason.setWidth("24em");
    reason.setEnabled(mayAsk);
    grid.setId("display-requests");
    grid.addColumn(DisplayRequest::id).setHeader("#").setAutoWidth(true);
    grid.addColumn(DisplayRequest::requestId).setHeader(getTranslation("investigation.request"));
    grid.addColumn(DisplayRequest::reason).setHeader(getTranslation("investigation.reason"));
    grid.addColumn(r -> r.requestedBy() + " " + Formats.time(r.requestedAt()))
        .setHeader(getTranslation("investigation.requested-by"));
    grid.addColumn(r -> getTranslation("investigation.status." + r.status()))
        .setHeader(getTranslation("investigation.status"));
    grid.addColumn(
            r -> r.decidedBy() == null ? "" : r.decidedBy() + " " + Formats.time(r.decidedAt()))
        .setHeader(getTranslation("investigation.decided-by"));
    grid.addComponentColumn(this::actions);
    grid.setAllRowsVisible(true);
    shown.setId("shown-body");
    Span note =
        new Span(
            getTranslation(
                investigations.bodiesCanBeShown()
                    ? "investigation.display-note"
                    : "investigation.no-key-ring"));
    add(new H3(getTranslation("investigation.display")), note, reason, grid, shown);
  }

  /** The linked issuance's "ask to show" button. */
  Component requestButton(LinkedIssuance issuance) {
    Button ask =
        new Button(
            getTranslation("investigation.ask"),
            click -> {
              if (reason.isEmpty()) {
                reason.setInvalid(true);
                return;
              }
              investigations.requestDisplay(
                  incident.get(), issuance.requestId(), reason.getValue());
              reason.clear();
              refresh.run();
            });
    ask.setId("ask-" + issuance.requestId());
    ask.addThemeVariants(ButtonVariant.LUMO_SMALL);
    ask.setEnabled(mayAsk && issuance.bodyKept());
    return ask;
  }

  void refresh() {
    shown.removeAll();
    grid.setItems(investigations.displayRequests(incident.get()));
  }

  private Component actions(DisplayRequest request) {
    HorizontalLayout cell = new HorizontalLayout();
    if ("PENDING".equals(request.status())) {
      if (investigations.mayDecide(request)) {
        cell.add(decision(request, true), decision(request, false));
      } else {
        Span waiting = new Span(getTranslation("investigation.waiting"));
        waiting.setId("waiting-" + request.id());
        cell.add(waiting);
      }
    } else if ("APPROVED".equals(request.status())
        && request.requestedBy().equals(CurrentUser.login())) {
      Button open = new Button(getTranslation("investigation.open"), click -> open(request));
      open.setId("open-" + request.id());
      open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      cell.add(open);
    }
    return cell;
  }

  private Button decision(DisplayRequest request, boolean approve) {
    Button button =
        new Button(
            getTranslation(approve ? "investigation.approve" : "investigation.reject"),
            click -> {
              investigations.decide(request.id(), approve);
              refresh.run();
            });
    button.setId((approve ? "approve-" : "reject-") + request.id());
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return button;
  }

  private void open(DisplayRequest request) {
    try {
      KeptBodyReader.Shown body = investigations.show(request.id());
      refresh.run();
      byte[] pdf = body.pdf();
      Anchor link =
          new Anchor(
              new StreamResource(request.requestId() + ".pdf", () -> new ByteArrayInputStream(pdf)),
              getTranslation("investigation.pdf"));
      link.setTarget("_blank");
      link.setId("shown-pdf");
      Span checked =
          new Span(
              getTranslation(
                  body.checkedAgainstLog()
                      ? "investigation.checked-log"
                      : "investigation.checked-record"));
      checked.setId("shown-check");
      shown.add(checked, link);
    } catch (KeptBodyReader.RefusedException e) {
      refresh.run();
      Notification.show(getTranslation("investigation.refused." + e.refusal()))
          .setId("display-refused");
    } catch (AccessDeniedException e) {
      refresh.run();
      Notification.show(getTranslation("investigation.not-allowed")).setId("display-refused");
    }
  }
}
