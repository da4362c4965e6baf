package org.kofu.admin.service;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.List;
import org.kofu.projectdb.service.ServiceCalendar;
import org.kofu.projectdb.service.TypeRule;

/** Narrower hours and a note for one certificate type (empty hours: the service's hours). */
class TypeHoursForm extends HorizontalLayout {

  TypeHoursForm(ServiceSettings settings, boolean mayEdit, Runnable saved) {
    ComboBox<String> type =
        new ComboBox<>(getTranslation("service.type"), ServiceCalendar.CERTIFICATE_TYPES);
    type.setItemLabelGenerator(t -> getTranslation("type." + t));
    TimePicker opens = new TimePicker(getTranslation("service.opens"));
    TimePicker closes = new TimePicker(getTranslation("service.closes"));
    TextField note = new TextField(getTranslation("service.note"));
    type.addValueChangeListener(
        change -> {
          TypeRule rule = rule(settings.rules(), change.getValue());
          opens.setValue(rule.opens());
          closes.setValue(rule.closes());
          note.setValue(rule.note());
        });
    Button save =
        new Button(
            getTranslation("common.save"),
            click -> {
              if (type.getValue() == null) {
                return;
              }
              TypeRule rule = rule(settings.rules(), type.getValue());
              settings.saveRule(
                  new TypeRule(
                      rule.certificateType(),
                      rule.stopped(),
                      rule.weekdaysOnly(),
                      opens.getValue(),
                      closes.getValue(),
                      note.getValue()));
              saved.run();
            });
    save.setEnabled(mayEdit);
    add(type, opens, closes, note, save);
    setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    getStyle().set("flex-wrap", "wrap");
  }

  private static TypeRule rule(List<TypeRule> rules, String type) {
    return rules.stream()
        .filter(rule -> rule.certificateType().equals(type))
        .findFirst()
        .orElse(TypeRule.open(type));
  }
}
