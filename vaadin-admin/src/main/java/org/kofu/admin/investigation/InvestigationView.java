package org.kofu.admin.investigation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.investigation.InvestigationRepository.IncidentChoice;
import org.kofu.admin.ui.Formats;

/**
 * An incident's investigation: the issuances it concerns linked by number, kiosk and time range or
 * person ({@link LinkForms}), what each printed and to whom, the persons to notify, and the
 * requests to show a kept body again ({@link DisplaySection}). Persons are PersonRef keys (宛名番号 or
 * 戸籍 and 個人 number), the form the city's systems find them by; opening an incident is an audit
 * record.
 */
@Route("investigations")
@Menu(order = 9.5, title = "nav.investigations")
@PermitAll
public class InvestigationView extends VerticalLayout
    implements HasDynamicTitle, HasUrlParameter<Long> {

  private final Investigations investigations;
  private final NotifyListExportRequests exports;
  private final ComboBox<IncidentChoice> incident;
  private final Grid<LinkedIssuance> grid = new Grid<>();
  private final Span persons = new Span();
  private final VerticalLayout content = new VerticalLayout();
  private final LinkForms forms;
  private final DisplaySection displays;

  InvestigationView(Investigations investigations, NotifyListExportRequests exports) {
    this.investigations = investigations;
    this.exports = exports;
    incident = new ComboBox<>(getTranslation("investigation.incident"));
    incident.setId("investigation-incident");
    incident.setWidth("32em");
    incident.setItemLabelGenerator(
        i ->
            "#"
                + i.id()
                + " "
                + Formats.time(i.occurredAt())
                + " "
                + getTranslation("incident." + i.category())
                + " "
                + i.summary());
    incident.setItems(investigations.incidents());
    incident.addValueChangeListener(e -> refresh());
    forms = new LinkForms(investigations, this::selected, this::refresh);
    displays = new DisplaySection(investigations, this::selected, this::refresh);
    columns();
    persons.setId("persons-to-notify");
    content.setPadding(false);
    content.add(
        forms,
        new H3(getTranslation("investigation.linked")),
        grid,
        new H3(getTranslation("investigation.notify")),
        persons,
        exportButton(),
        displays);
    content.setVisible(false);
    add(
        new H2(getTranslation("nav.investigations")),
        new Paragraph(getTranslation("investigation.intro")),
        incident,
        content);
  }

  private void columns() {
    grid.setId("linked-issuances");
    grid.addColumn(LinkedIssuance::certificateNumber)
        .setHeader(getTranslation("investigation.number"));
    grid.addColumn(i -> getTranslation("type." + i.certificateType()))
        .setHeader(getTranslation("investigation.type"));
    grid.addColumn(i -> i.options() == null ? "" : i.options())
        .setHeader(getTranslation("investigation.options"));
    grid.addColumn(i -> i.issueDate() == null ? "" : i.issueDate().toString())
        .setHeader(getTranslation("investigation.date"));
    grid.addColumn(i -> Formats.time(i.issuedAt()))
        .setHeader(getTranslation("investigation.issued-at"));
    grid.addColumn(i -> i.kioskId() == null ? "" : i.kioskId())
        .setHeader(getTranslation("investigation.kiosk"));
    grid.addColumn(i -> i.outcome() == null ? "" : i.outcome())
        .setHeader(getTranslation("investigation.outcome"));
    grid.addColumn(LinkedIssuance::personKey).setHeader(getTranslation("investigation.person"));
    grid.addColumn(
            i -> getTranslation(i.bodyKept() ? "investigation.kept" : "investigation.not-kept"))
        .setHeader(getTranslation("investigation.body"));
    grid.addColumn(i -> getTranslation("investigation.how." + i.linkedHow()) + " " + i.linkedBy())
        .setHeader(getTranslation("investigation.linked-by"));
    grid.addComponentColumn(displays::requestButton);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setAllRowsVisible(true);
  }

  /** The persons to notify as CSV, through the officer-approved, download-once export. */
  private Button exportButton() {
    Button export =
        new Button(
            getTranslation("investigation.export"),
            click -> {
              long id = exports.requestNotifyList(selected());
              Notification.show(getTranslation("investigation.export-requested", id))
                  .setId("notify-export-requested");
            });
    export.setId("notify-export");
    export.setEnabled(CurrentUser.has(Role.OFFICER, Role.OPERATOR));
    return export;
  }

  private Long selected() {
    return incident.getValue() == null ? null : incident.getValue().id();
  }

  private void refresh() {
    Long id = selected();
    content.setVisible(id != null);
    if (id == null) {
      return;
    }
    List<LinkedIssuance> linked = investigations.linked(id);
    grid.setItems(linked);
    List<String> notify = Investigations.personsToNotify(linked);
    persons.setText(
        notify.isEmpty()
            ? getTranslation("investigation.notify-none")
            : getTranslation("investigation.notify-count", notify.size())
                + " "
                + String.join(", ", notify));
    displays.refresh();
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
    if (id != null) {
      investigations.incidents().stream()
          .filter(i -> i.id() == id)
          .findFirst()
          .ifPresent(incident::setValue);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.investigations");
  }
}
