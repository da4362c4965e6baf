package org.kofu.admin.rules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.kofu.admin.ui.Formats;

/** Document requests; pending ones carry the officer's approve / reject controls. */
class RequestsGrid extends Grid<DocumentRequest> {

  private final OperatingRules rules;
  private final boolean officer;

  RequestsGrid(OperatingRules rules, boolean officer) {
    this.rules = rules;
    this.officer = officer;
    addColumn(DocumentRequest::documentTitle).setHeader(getTranslation("document.title"));
    addColumn(r -> getTranslation("document." + r.kind()))
        .setHeader(getTranslation("document.kind"));
    addColumn(DocumentRequest::purpose).setHeader(getTranslation("document.purpose"));
    addColumn(r -> r.requestedBy() + " " + Formats.time(r.requestedAt()))
        .setHeader(getTranslation("document.requested"));
    addComponentColumn(this::decision)
        .setHeader(getTranslation("document.decision"))
        .setAutoWidth(true);
    setAllRowsVisible(true);
  }

  private Component decision(DocumentRequest request) {
    if (!"PENDING".equals(request.status())) {
      return new Span(
          getTranslation("document." + request.status())
              + " "
              + request.decidedBy()
              + " "
              + Formats.time(request.decidedAt())
              + (request.reason() == null ? "" : " " + request.reason()));
    }
    TextField reason = new TextField();
    reason.setPlaceholder(getTranslation("document.reason"));
    reason.setId("reason-" + request.id());
    Button approve = button("document.approve", request, reason, true);
    Button reject = button("document.reject", request, reason, false);
    HorizontalLayout controls = new HorizontalLayout(reason, approve, reject);
    if (!officer) {
      return new Span(getTranslation("document.PENDING"));
    }
    if (!rules.mayDecide(request)) {
      Span other = new Span(getTranslation("approval.other-officer"));
      other.setId("other-officer-" + request.id());
      return other;
    }
    return controls;
  }

  private Button button(String key, DocumentRequest request, TextField reason, boolean approve) {
    Button button =
        new Button(
            getTranslation(key),
            click -> {
              rules.decide(request, approve, reason.getValue());
              setItems(rules.requests());
            });
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    button.setId((approve ? "approve-" : "reject-") + request.id());
    return button;
  }
}
