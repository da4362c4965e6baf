package org.kofu.admin.service;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.kofu.admin.ui.Formats;
import org.kofu.projectdb.service.MaintenanceWindow;

/** Maintenance windows in Tokyo time; setting one announces it (clause 4). */
class MaintenanceSection extends VerticalLayout {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final ServiceSettings settings;
  private final Grid<MaintenanceWindow> windows = new Grid<>();
  private final Paragraph message = new Paragraph();

  MaintenanceSection(ServiceSettings settings, boolean mayEdit) {
    this.settings = settings;
    setPadding(false);
    DateTimePicker starts = new DateTimePicker(getTranslation("maintenance.starts"));
    starts.setId("maintenance-starts");
    DateTimePicker ends = new DateTimePicker(getTranslation("maintenance.ends"));
    ends.setId("maintenance-ends");
    TextField reason = new TextField(getTranslation("maintenance.reason"));
    reason.setId("maintenance-reason");
    Button announce =
        new Button(getTranslation("maintenance.announce"), click -> announce(starts, ends, reason));
    announce.setId("announce-maintenance");
    announce.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    announce.setEnabled(mayEdit);
    message.setId("maintenance-message");
    HorizontalLayout form = new HorizontalLayout(starts, ends, reason, announce);
    form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    form.getStyle().set("flex-wrap", "wrap");
    windows
        .addColumn(w -> Formats.time(w.startsAt()))
        .setHeader(getTranslation("maintenance.starts"));
    windows.addColumn(w -> Formats.time(w.endsAt())).setHeader(getTranslation("maintenance.ends"));
    windows.addColumn(MaintenanceWindow::reason).setHeader(getTranslation("maintenance.reason"));
    windows
        .addColumn(w -> w.announcedBy() + " " + Formats.time(w.announcedAt()))
        .setHeader(getTranslation("maintenance.announced"));
    windows.addColumn(w -> w.cancelled() ? getTranslation("maintenance.cancelled") : "");
    windows.addComponentColumn(
        w -> {
          Button cancel = new Button(getTranslation("common.cancel"), click -> cancel(w));
          cancel.setEnabled(mayEdit && !w.cancelled());
          cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
          return cancel;
        });
    windows.setAllRowsVisible(true);
    windows.setId("maintenance-grid");
    add(new H3(getTranslation("maintenance.title")), form, message, windows);
    refresh();
  }

  private void announce(DateTimePicker starts, DateTimePicker ends, TextField reason) {
    LocalDateTime from = starts.getValue();
    LocalDateTime to = ends.getValue();
    if (from == null || to == null || !to.isAfter(from) || reason.getValue().isBlank()) {
      message.setText(getTranslation("maintenance.invalid"));
      return;
    }
    long id =
        settings.announceWindow(
            from.atZone(TOKYO).toInstant(), to.atZone(TOKYO).toInstant(), reason.getValue());
    message.setText(getTranslation("maintenance.announced-message", id));
    refresh();
  }

  private void cancel(MaintenanceWindow window) {
    settings.cancelWindow(window.id());
    refresh();
  }

  private void refresh() {
    windows.setItems(settings.upcomingWindows());
  }
}
