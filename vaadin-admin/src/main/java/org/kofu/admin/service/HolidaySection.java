package org.kofu.admin.service;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.kofu.projectdb.service.Holiday;

/** Holidays: weekday-only types stop on them; "closed" stops the whole service that day. */
class HolidaySection extends VerticalLayout {

  private final ServiceSettings settings;
  private final Grid<Holiday> grid = new Grid<>();

  HolidaySection(ServiceSettings settings, boolean mayEdit) {
    this.settings = settings;
    setPadding(false);
    DatePicker day = new DatePicker(getTranslation("holiday.day"));
    TextField name = new TextField(getTranslation("holiday.name"));
    Checkbox closed = new Checkbox(getTranslation("holiday.closed"));
    Button add =
        new Button(
            getTranslation("common.add"),
            click -> {
              if (day.getValue() != null && !name.getValue().isBlank()) {
                settings.saveHoliday(
                    new Holiday(day.getValue(), name.getValue(), closed.getValue()));
                refresh();
              }
            });
    add.setEnabled(mayEdit);
    HorizontalLayout form = new HorizontalLayout(day, name, closed, add);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    grid.addColumn(Holiday::day).setHeader(getTranslation("holiday.day"));
    grid.addColumn(Holiday::name).setHeader(getTranslation("holiday.name"));
    grid.addColumn(h -> h.closed() ? getTranslation("holiday.closed") : "");
    grid.addComponentColumn(
        h -> {
          Button delete =
              new Button(
                  getTranslation("common.delete"),
                  click -> {
                    settings.deleteHoliday(h.day());
                    refresh();
                  });
          delete.addThemeVariants(ButtonVariant.LUMO_SMALL);
          delete.setEnabled(mayEdit);
          return delete;
        });
    grid.setAllRowsVisible(true);
    add(new H3(getTranslation("holiday.title")), form, grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(settings.holidays());
  }
}
