package org.kofu.admin.rules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.kofu.admin.ui.Formats;

/**
 * Document requests; pending ones carry the officer's approve / reject controls, approved take-outs
 * and disposals the officer's record of their return or execution.
 */
class RequestsGrid extends Grid<DocumentRequest> {

  private final OperatingRules rules;
  private final boolean officer;
  private final Runnable completed;

  RequestsGrid(OperatingRules rules, boolean officer, Runnable completed) {
    this.rules = rules;
    this.completed = completed;
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
    addComponentColumn(this::completion)
        .setHeader(getTranslation("document.completion"))
        .setAutoWidth(true);
    setAllRowsVisible(true);
    addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
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

  /**
   * An approved take-out's return, an approved disposal carried out: recorded by the officer (the
   * keeper of the documents), then shown with who and when.
   */
  private Component completion(DocumentRequest request) {
    if (request.completedAt() != null) {
      Span done =
          new Span(
              getTranslation("document.done-" + request.kind())
                  + " "
                  + request.completedBy()
                  + " "
                  + Formats.time(request.completedAt()));
      done.setId("completed-" + request.id());
      return done;
    }
    if (!request.awaitsCompletion()) {
      return new Span();
    }
    Button record =
        new Button(
            getTranslation("document.record-" + request.kind()),
            click -> {
              rules.complete(request);
              setItems(rules.requests());
              completed.run();
            });
    record.addThemeVariants(ButtonVariant.LUMO_SMALL);
    record.setEnabled(officer);
    record.setId("complete-" + request.id());
    return record;
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
