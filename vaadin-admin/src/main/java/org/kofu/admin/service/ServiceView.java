package org.kofu.admin.service;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.projectdb.service.ServiceHours;
import org.kofu.projectdb.service.TypeRule;

/** Service hours, per-type switches, holidays and maintenance windows. */
@Route("service")
@Menu(order = 1, title = "nav.service")
@PermitAll
public class ServiceView extends VerticalLayout implements HasDynamicTitle {

  private final ServiceSettings settings;
  private final boolean officer = CurrentUser.has(Role.OFFICER);
  private final Grid<TypeRule> rules = new Grid<>();

  ServiceView(ServiceSettings settings) {
    this.settings = settings;
    add(new H2(getTranslation("nav.service")));
    add(new MaintenanceSection(settings, CurrentUser.has(Role.OFFICER, Role.OPERATOR)));
    add(new H3(getTranslation("service.hours")), hours());
    add(new H3(getTranslation("service.types")), rules);
    add(new TypeHoursForm(settings, officer, () -> rules.setItems(settings.rules())));
    add(new HolidaySection(settings, officer));
    rules
        .addColumn(rule -> getTranslation("type." + rule.certificateType()))
        .setHeader(getTranslation("service.type"));
    rules
        .addComponentColumn(
            rule -> toggle(rule.stopped(), value -> with(rule, value, rule.weekdaysOnly())))
        .setHeader(getTranslation("service.stopped"));
    rules
        .addComponentColumn(
            rule -> toggle(rule.weekdaysOnly(), value -> with(rule, rule.stopped(), value)))
        .setHeader(getTranslation("service.weekdays-only"));
    rules.addColumn(rule -> hours(rule)).setHeader(getTranslation("service.type-hours"));
    rules.addColumn(TypeRule::note).setHeader(getTranslation("service.note"));
    rules.setAllRowsVisible(true);
    rules.setItems(settings.rules());
  }

  private HorizontalLayout hours() {
    ServiceHours current = settings.hours();
    TimePicker opens = new TimePicker(getTranslation("service.opens"), current.opens());
    TimePicker closes = new TimePicker(getTranslation("service.closes"), current.closes());
    TextField yearEndFrom =
        monthDay("service.year-end-from", "year-end-from", current.yearEndFrom());
    TextField yearEndTo = monthDay("service.year-end-to", "year-end-to", current.yearEndTo());
    Span saved = new Span();
    saved.setId("hours-message");
    Button save =
        new Button(
            getTranslation("common.save"),
            click -> {
              try {
                settings.saveHours(
                    new ServiceHours(
                        opens.getValue(),
                        closes.getValue(),
                        current.zone(),
                        MonthDay.parse("--" + yearEndFrom.getValue().strip()),
                        MonthDay.parse("--" + yearEndTo.getValue().strip())));
                saved.setText(getTranslation("common.done"));
              } catch (DateTimeParseException e) {
                saved.setText(getTranslation("service.year-end-invalid"));
              }
            });
    save.setId("save-hours");
    save.setEnabled(officer);
    HorizontalLayout row = new HorizontalLayout(opens, closes, yearEndFrom, yearEndTo, save, saved);
    row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    row.getStyle().set("flex-wrap", "wrap");
    return row;
  }

  private TextField monthDay(String label, String id, MonthDay value) {
    TextField field = new TextField(getTranslation(label), value.toString().substring(2), "MM-DD");
    field.setId(id);
    field.setWidth("13em");
    field.setReadOnly(!officer);
    return field;
  }

  private Checkbox toggle(boolean value, java.util.function.Consumer<Boolean> onChange) {
    Checkbox box = new Checkbox(value);
    box.setEnabled(officer);
    box.addValueChangeListener(change -> onChange.accept(change.getValue()));
    return box;
  }

  private void with(TypeRule rule, boolean stopped, boolean weekdaysOnly) {
    settings.saveRule(
        new TypeRule(
            rule.certificateType(),
            stopped,
            weekdaysOnly,
            rule.opens(),
            rule.closes(),
            rule.note()));
    rules.setItems(settings.rules());
  }

  private static String hours(TypeRule rule) {
    if (rule.opens() == null && rule.closes() == null) {
      return "";
    }
    return (rule.opens() == null ? "" : rule.opens())
        + "–"
        + (rule.closes() == null ? "" : rule.closes());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.service");
  }
}
