package org.kofu.admin.fees;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.stream.Collectors;
import org.kofu.admin.ui.Formats;
import org.kofu.projectdb.settlement.OperatorEditor.Kiosk;
import org.kofu.projectdb.settlement.OperatorEditor.Operator;
import org.kofu.projectdb.settlement.OperatorEditor.Prefix;
import org.kofu.projectdb.settlement.OperatorMapping;

/**
 * The store operators, the kioskId prefixes that map kiosks to them (longest wins), and every kiosk
 * of the issuance record with the operator it maps to now: a kiosk no prefix matches is {@code
 * UNKNOWN}'s, listed first and marked, never dropped.
 */
class OperatorSection extends VerticalLayout {

  private final MoneySettings settings;
  private final boolean officer;
  private final Runnable operatorsChanged;
  private final Grid<Operator> operators = new Grid<>();
  private final Grid<Prefix> prefixes = new Grid<>();
  private final Grid<Kiosk> kiosks = new Grid<>();
  private final Select<String> prefixOperator = new Select<>();
  private final Paragraph message = new Paragraph();
  private Map<String, String> names = Map.of();

  OperatorSection(MoneySettings settings, boolean officer, Runnable operatorsChanged) {
    this.settings = settings;
    this.officer = officer;
    this.operatorsChanged = operatorsChanged;
    setPadding(false);
    message.setId("operator-message");
    operators.addColumn(Operator::code).setHeader(getTranslation("fees.operator-code"));
    operators.addColumn(Operator::name).setHeader(getTranslation("fees.operator-name"));
    operators.setId("operator-grid");
    operators.setAllRowsVisible(true);
    prefixes.addColumn(Prefix::prefix).setHeader(getTranslation("fees.prefix"));
    prefixes.addColumn(p -> label(p.operatorCode())).setHeader(getTranslation("fees.operator"));
    prefixes.addComponentColumn(this::deleteButton);
    prefixes.setId("prefix-grid");
    prefixes.setAllRowsVisible(true);
    kioskColumns();
    add(
        new H3(getTranslation("fees.operators-title")),
        operatorForm(),
        operators,
        prefixForm(),
        message,
        prefixes,
        new H3(getTranslation("fees.kiosks-title")),
        kiosks);
    refresh();
  }

  private HorizontalLayout operatorForm() {
    TextField code = new TextField(getTranslation("fees.operator-code"));
    code.setId("operator-code");
    TextField name = new TextField(getTranslation("fees.operator-name"));
    name.setId("operator-name");
    Button save =
        new Button(
            getTranslation("common.save"),
            click -> edit(() -> settings.saveOperator(code.getValue().strip(), name.getValue())));
    save.setId("save-operator");
    return form(code, name, save);
  }

  private HorizontalLayout prefixForm() {
    TextField prefix = new TextField(getTranslation("fees.prefix"));
    prefix.setId("prefix");
    prefixOperator.setLabel(getTranslation("fees.operator"));
    prefixOperator.setId("prefix-operator");
    prefixOperator.setItemLabelGenerator(this::label);
    Button save =
        new Button(
            getTranslation("fees.map"),
            click ->
                edit(
                    () ->
                        settings.savePrefix(
                            prefix.getValue().strip(),
                            prefixOperator.getValue() == null ? "" : prefixOperator.getValue())));
    save.setId("save-prefix");
    return form(prefix, prefixOperator, save);
  }

  private HorizontalLayout form(
      com.vaadin.flow.component.Component a, com.vaadin.flow.component.Component b, Button save) {
    save.setEnabled(officer);
    HorizontalLayout form = new HorizontalLayout(a, b, save);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    form.setVisible(officer);
    return form;
  }

  private void kioskColumns() {
    kiosks.addColumn(Kiosk::kioskId).setHeader(getTranslation("fees.kiosk"));
    kiosks
        .addColumn(k -> label(k.operatorNow()))
        .setHeader(getTranslation("fees.operator-now"))
        .setPartNameGenerator(
            k -> OperatorMapping.UNKNOWN.equals(k.operatorNow()) ? "unknown-operator" : null);
    kiosks.addColumn(Kiosk::issuances).setHeader(getTranslation("fees.issuances"));
    kiosks.addColumn(Kiosk::answeredUnknown).setHeader(getTranslation("fees.answered-unknown"));
    kiosks
        .addColumn(k -> Formats.time(k.lastRequestedAt()))
        .setHeader(getTranslation("fees.last-request"));
    kiosks.setId("kiosk-grid");
    kiosks.setAllRowsVisible(true);
  }

  private Button deleteButton(Prefix prefix) {
    Button delete =
        new Button(
            getTranslation("common.delete"),
            click -> edit(() -> settings.deletePrefix(prefix.prefix())));
    delete.addThemeVariants(ButtonVariant.LUMO_SMALL);
    delete.setEnabled(officer);
    return delete;
  }

  private void edit(Runnable change) {
    try {
      change.run();
      message.setText(getTranslation("common.done"));
    } catch (IllegalArgumentException e) {
      message.setText(getTranslation("fees.operator-invalid"));
    }
    refresh();
    operatorsChanged.run();
  }

  private String label(String code) {
    String name = names.get(code);
    return name == null ? code : code + " " + name;
  }

  private void refresh() {
    names = settings.operators().stream().collect(Collectors.toMap(Operator::code, Operator::name));
    operators.setItems(settings.operators());
    prefixOperator.setItems(names.keySet().stream().sorted().toList());
    prefixes.setItems(settings.prefixes());
    kiosks.setItems(settings.kiosks());
  }
}
