package org.kofu.admin.rules;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.List;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.ui.Formats;

/**
 * The incident register (9(3)–(6)): record what happened, then stamp each step of the reporting
 * chain as it is done, in the rules' order, each with who and when ({@link Incident}). The contact
 * list is shown beside it.
 */
@Route("incidents")
@Menu(order = 9, title = "nav.incidents")
@PermitAll
public class IncidentsView extends VerticalLayout implements HasDynamicTitle {

  private static final List<String> CATEGORIES =
      List.of("LEAK", "DAMAGE", "VIRUS", "INTRUSION", "DISASTER", "THEFT", "OTHER");

  private final OperatingRules rules;
  private final boolean mayRecord = CurrentUser.has(Role.OFFICER, Role.OPERATOR);
  private final boolean officer = CurrentUser.has(Role.OFFICER);
  private final Grid<Incident> grid = new Grid<>();

  IncidentsView(OperatingRules rules) {
    this.rules = rules;
    DateTimePicker occurred = new DateTimePicker(getTranslation("incident.occurred"));
    ComboBox<String> category = new ComboBox<>(getTranslation("incident.category"), CATEGORIES);
    category.setItemLabelGenerator(c -> getTranslation("incident." + c));
    TextField summary = new TextField(getTranslation("incident.summary"));
    summary.setWidth("24em");
    Button add =
        new Button(
            getTranslation("incident.record"),
            click -> {
              if (occurred.getValue() != null && category.getValue() != null) {
                rules.recordIncident(
                    occurred.getValue().atZone(ZoneId.of("Asia/Tokyo")).toInstant(),
                    category.getValue(),
                    summary.getValue());
                grid.setItems(rules.incidents());
              }
            });
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setEnabled(mayRecord);
    HorizontalLayout form = new HorizontalLayout(occurred, category, summary, add);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    grid.addColumn(i -> Formats.time(i.occurredAt()))
        .setHeader(getTranslation("incident.occurred"));
    grid.addColumn(i -> getTranslation("incident." + i.category()))
        .setHeader(getTranslation("incident.category"));
    grid.addColumn(Incident::summary).setHeader(getTranslation("incident.summary"));
    for (Incident.Step step : Incident.Step.values()) {
      grid.addComponentColumn(i -> stepCell(i, step))
          .setHeader(getTranslation("incident.step." + step));
    }
    // the investigation of the incident: the issuances it concerns (issue 27 point 3)
    grid.addComponentColumn(
        i -> {
          Anchor investigate =
              new Anchor("investigations/" + i.id(), getTranslation("nav.investigations"));
          investigate.setId("investigate-" + i.id());
          return investigate;
        });
    grid.setId("incidents-grid");
    // who and when of each step stay readable in narrow columns
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(rules.incidents());
    Grid<Contact> contacts = ContactsGrid.of(this);
    contacts.setItems(rules.contacts());
    add(new H2(getTranslation("nav.incidents")), form, grid);
    add(new H3(getTranslation("nav.contacts")), contacts);
  }

  /**
   * A step done shows who and when; the next step of the chain carries the button; a later step
   * waits; a step the rules do not ask for this category shows a dash.
   */
  private Component stepCell(Incident incident, Incident.Step step) {
    String id = incident.id() + "-" + step;
    Incident.Stamp stamp = incident.stamp(step);
    if (stamp != null || step != incident.next()) {
      Span span =
          new Span(
              stamp != null
                  ? stamp.by() + " " + Formats.time(stamp.at())
                  : getTranslation(
                      incident.chain().contains(step)
                          ? "incident.step-waiting"
                          : "incident.step-not-asked"));
      span.setId("step-" + id);
      return span;
    }
    Button button =
        new Button(
            getTranslation("incident.stamp"),
            click -> {
              rules.stamp(incident, step);
              grid.setItems(rules.incidents());
            });
    button.addThemeVariants(ButtonVariant.LUMO_SMALL);
    button.setEnabled(mayRecord && (step != Incident.Step.CLOSED || officer));
    button.setId("stamp-" + id);
    return button;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.incidents");
  }
}
