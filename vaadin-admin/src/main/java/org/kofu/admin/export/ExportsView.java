package org.kofu.admin.export;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.ui.Formats;

/** Export requests: the officer approves or rejects; the requester downloads an approved one. */
@Route("exports")
@Menu(order = 3, title = "nav.exports")
@RolesAllowed({"OFFICER", "OPERATOR", "AUDITOR"})
public class ExportsView extends VerticalLayout implements HasDynamicTitle {

  private final Exports exports;
  private final Grid<ExportRequest> grid = new Grid<>();
  private final Paragraph message = new Paragraph();
  private final HorizontalLayout actions = new HorizontalLayout();

  ExportsView(Exports exports) {
    this.exports = exports;
    grid.setId("export-grid");
    grid.addColumn(ExportRequest::id).setHeader("#").setAutoWidth(true);
    grid.addColumn(r -> Formats.time(r.requestedAt())).setHeader(getTranslation("common.when"));
    grid.addColumn(ExportRequest::requestedBy).setHeader(getTranslation("export.requested-by"));
    grid.addColumn(r -> getTranslation("export.kind." + r.kind()))
        .setHeader(getTranslation("export.kind"));
    grid.addColumn(Criteria::describe).setHeader(getTranslation("export.criteria"));
    grid.addColumn(r -> getTranslation("export.status." + r.status()))
        .setHeader(getTranslation("export.status"));
    grid.addColumn(ExportRequest::decidedBy).setHeader(getTranslation("export.decided-by"));
    grid.addSelectionListener(selection -> showActions(selection.getFirstSelectedItem()));
    message.setId("export-message");
    refresh();
    add(new H2(getTranslation("nav.exports")), message, actions, grid);
    setSizeFull();
  }

  private void showActions(Optional<ExportRequest> selected) {
    actions.removeAll();
    if (selected.isEmpty()) {
      return;
    }
    ExportRequest request = selected.get();
    boolean mine = request.requestedBy().equals(CurrentUser.login());
    boolean pending = "PENDING".equals(request.status()) && CurrentUser.has(Role.OFFICER);
    if (pending && !exports.mayDecide(request)) {
      Span other = new Span(getTranslation("approval.other-officer"));
      other.setId("export-other-officer");
      actions.add(other);
    } else if (pending) {
      Button approve = new Button(getTranslation("export.approve"), c -> decide(request, true));
      approve.setId("export-approve");
      Button reject = new Button(getTranslation("export.reject"), c -> decide(request, false));
      reject.setId("export-reject");
      actions.add(approve, reject);
    }
    if ("APPROVED".equals(request.status()) && mine) {
      Anchor download = new Anchor(csv(request), getTranslation("export.download"));
      download.setId("export-download");
      actions.add(download);
    }
  }

  private DownloadHandler csv(ExportRequest request) {
    long id = request.id();
    String name =
        request.notifyList()
            ? "persons-to-notify-"
            : request.coverage() ? "character-coverage-" : "issuance-log-";
    return event -> {
      event.setFileName(name + id + ".csv");
      event.setContentType("text/csv; charset=UTF-8");
      if (!exports.download(id, event.getOutputStream())) {
        event.getResponse().setStatus(410);
      }
    };
  }

  private void decide(ExportRequest request, boolean approve) {
    boolean done = exports.decide(request.id(), approve);
    message.setText(getTranslation(done ? "common.done" : "export.already-decided"));
    refresh();
  }

  private void refresh() {
    grid.setItems(exports.latest());
    actions.removeAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.exports");
  }
}
