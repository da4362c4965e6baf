package org.kofu.admin.fees;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kofu.admin.ui.Formats;
import org.kofu.projectdb.settlement.CommissionSchedule;
import org.kofu.projectdb.settlement.OperatorEditor;
import org.kofu.projectdb.settlement.ScheduleEditor;
import org.kofu.projectdb.settlement.ScheduleEditor.CommissionRow;

/** The 交付委託手数料 per copy, per operator or for every operator without a contract of its own. */
class CommissionSection extends VerticalLayout {

  private final MoneySettings settings;
  private final boolean officer;
  private final Grid<CommissionRow> grid = new Grid<>();
  private final Select<String> operator = new Select<>();
  private final Paragraph message = new Paragraph();
  private Map<String, Instant> inForce;

  CommissionSection(MoneySettings settings, boolean officer) {
    this.settings = settings;
    this.officer = officer;
    setPadding(false);
    operator.setLabel(getTranslation("fees.operator"));
    operator.setId("commission-operator");
    operator.setItemLabelGenerator(this::operatorLabel);
    DateTimePicker from = Scheduled.picker(getTranslation("fees.from"), "commission-from");
    IntegerField yen = Scheduled.yen(getTranslation("fees.commission"), "commission-yen");
    Button add =
        new Button(getTranslation("fees.schedule"), click -> add(operator.getValue(), from, yen));
    add.setId("add-commission");
    add.setEnabled(officer);
    HorizontalLayout form = new HorizontalLayout(operator, from, yen, add);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    form.setVisible(officer);
    message.setId("commission-message");
    grid.addColumn(r -> operatorLabel(r.operatorCode())).setHeader(getTranslation("fees.operator"));
    grid.addColumn(r -> Formats.time(r.effectiveFrom())).setHeader(getTranslation("fees.from"));
    grid.addColumn(r -> r.commissionYen() + " 円").setHeader(getTranslation("fees.commission"));
    grid.addColumn(
            r ->
                getTranslation(
                    "fees.state."
                        + Scheduled.state(
                            inForce, r.operatorCode(), r.effectiveFrom(), settings.now())))
        .setHeader(getTranslation("fees.state"));
    grid.addColumn(r -> r.recordedBy() + " " + Formats.time(r.recordedAt()))
        .setHeader(getTranslation("fees.recorded"));
    grid.addComponentColumn(this::withdrawButton);
    grid.getColumns().forEach(column -> column.setAutoWidth(true));
    grid.setId("commission-grid");
    grid.setAllRowsVisible(true);
    add(new H3(getTranslation("fees.commission-title")), form, message, grid);
    refresh();
  }

  /** The operator choices again, after an operator was added below. */
  void refresh() {
    List<String> codes = new ArrayList<>();
    codes.add(CommissionSchedule.EVERY_OPERATOR);
    settings.operators().stream().map(OperatorEditor.Operator::code).forEach(codes::add);
    operator.setItems(codes);
    List<CommissionRow> rows = settings.commissions();
    inForce =
        Scheduled.inForce(
            rows, CommissionRow::operatorCode, CommissionRow::effectiveFrom, settings.now());
    grid.setItems(rows);
  }

  private String operatorLabel(String code) {
    return CommissionSchedule.EVERY_OPERATOR.equals(code)
        ? getTranslation("fees.every-operator")
        : code;
  }

  private Button withdrawButton(CommissionRow row) {
    Button withdraw =
        new Button(
            getTranslation("fees.withdraw"),
            click -> {
              try {
                settings.withdrawCommission(row.operatorCode(), row.effectiveFrom());
                message.setText(getTranslation("fees.withdrawn"));
              } catch (IllegalArgumentException e) {
                message.setText(getTranslation("fees.too-soon", ScheduleEditor.LEAD.toMinutes()));
              }
              refresh();
            });
    withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
    withdraw.setEnabled(
        officer && !row.effectiveFrom().isBefore(settings.now().plus(ScheduleEditor.LEAD)));
    return withdraw;
  }

  private void add(String code, DateTimePicker from, IntegerField yen) {
    if (code == null || from.getValue() == null || yen.getValue() == null || yen.getValue() < 0) {
      message.setText(getTranslation("fees.invalid"));
      return;
    }
    try {
      settings.addCommission(code, Scheduled.tokyo(from.getValue()), yen.getValue());
      message.setText(getTranslation("common.done"));
    } catch (IllegalArgumentException e) {
      message.setText(getTranslation("fees.too-soon", ScheduleEditor.LEAD.toMinutes()));
    }
    refresh();
  }
}
