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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kofu.admin.ui.Formats;
import org.kofu.core.certificate.CertificateType;
import org.kofu.projectdb.settlement.ScheduleEditor;
import org.kofu.projectdb.settlement.ScheduleEditor.FeeRow;

/** The fee per copy of each certificate type from a date-time on (Tokyo time). */
class FeeSection extends VerticalLayout {

  private final MoneySettings settings;
  private final boolean officer;
  private final Grid<FeeRow> grid = new Grid<>();
  private final Paragraph message = new Paragraph();
  private Map<String, Instant> inForce;

  FeeSection(MoneySettings settings, boolean officer) {
    this.settings = settings;
    this.officer = officer;
    setPadding(false);
    Select<String> type = new Select<>();
    type.setLabel(getTranslation("fees.type"));
    type.setId("fee-type");
    type.setItems(Arrays.stream(CertificateType.values()).map(Enum::name).toList());
    type.setItemLabelGenerator(t -> getTranslation("type." + t));
    DateTimePicker from = Scheduled.picker(getTranslation("fees.from"), "fee-from");
    IntegerField yen = Scheduled.yen(getTranslation("fees.fee"), "fee-yen");
    Button add =
        new Button(getTranslation("fees.schedule"), click -> add(type.getValue(), from, yen));
    add.setId("add-fee");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setEnabled(officer);
    HorizontalLayout form = new HorizontalLayout(type, from, yen, add);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    form.setVisible(officer);
    message.setId("fee-message");
    columns();
    grid.getColumns().forEach(column -> column.setAutoWidth(true));
    grid.setId("fee-grid");
    grid.setAllRowsVisible(true);
    add(new H3(getTranslation("fees.title")), form, message, grid);
    refresh();
  }

  private void columns() {
    grid.addColumn(r -> getTranslation("type." + r.certificateType()))
        .setHeader(getTranslation("fees.type"));
    grid.addColumn(r -> Formats.time(r.effectiveFrom())).setHeader(getTranslation("fees.from"));
    grid.addColumn(r -> r.feeYen() + " 円").setHeader(getTranslation("fees.fee"));
    grid.addColumn(r -> getTranslation("fees.state." + state(r)))
        .setHeader(getTranslation("fees.state"));
    grid.addColumn(r -> r.recordedBy() + " " + Formats.time(r.recordedAt()))
        .setHeader(getTranslation("fees.recorded"));
    grid.addComponentColumn(
        r -> {
          Button withdraw = new Button(getTranslation("fees.withdraw"), click -> withdraw(r));
          withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
          withdraw.setEnabled(
              officer && !r.effectiveFrom().isBefore(settings.now().plus(ScheduleEditor.LEAD)));
          return withdraw;
        });
  }

  private Scheduled.State state(FeeRow row) {
    return Scheduled.state(inForce, row.certificateType(), row.effectiveFrom(), settings.now());
  }

  private void add(String type, DateTimePicker from, IntegerField yen) {
    if (type == null || from.getValue() == null || yen.getValue() == null || yen.getValue() < 0) {
      message.setText(getTranslation("fees.invalid"));
      return;
    }
    try {
      settings.addFee(type, Scheduled.tokyo(from.getValue()), yen.getValue());
      message.setText(
          getTranslation(
              "fees.scheduled",
              getTranslation("type." + type),
              yen.getValue(),
              Formats.time(Scheduled.tokyo(from.getValue()))));
    } catch (IllegalArgumentException e) {
      message.setText(getTranslation("fees.too-soon", ScheduleEditor.LEAD.toMinutes()));
    }
    refresh();
  }

  private void withdraw(FeeRow row) {
    try {
      settings.withdrawFee(row.certificateType(), row.effectiveFrom());
      message.setText(getTranslation("fees.withdrawn"));
    } catch (IllegalArgumentException e) {
      message.setText(getTranslation("fees.too-soon", ScheduleEditor.LEAD.toMinutes()));
    }
    refresh();
  }

  private void refresh() {
    List<FeeRow> rows = settings.fees();
    inForce =
        Scheduled.inForce(rows, FeeRow::certificateType, FeeRow::effectiveFrom, settings.now());
    grid.setItems(rows);
  }
}
