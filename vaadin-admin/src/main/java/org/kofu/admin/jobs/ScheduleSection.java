package org.kofu.admin.jobs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.kofu.admin.ui.Formats;

/** The batch nodes' cron triggers, and a new expression for the selected one. */
final class ScheduleSection extends VerticalLayout {

  private final JobSchedules schedules;
  private final JobActions actions;
  private final Grid<ScheduleEntry> grid = new Grid<>();
  private final TextField cron = new TextField();

  ScheduleSection(JobSchedules schedules, JobActions actions, boolean mayAct) {
    this.schedules = schedules;
    this.actions = actions;
    setPadding(false);
    grid.setId("schedules-grid");
    grid.addColumn(s -> getTranslation("jobs.job." + s.job()))
        .setHeader(getTranslation("jobs.job"));
    grid.addColumn(ScheduleEntry::trigger).setHeader(getTranslation("jobs.trigger"));
    grid.addColumn(ScheduleEntry::cron).setHeader(getTranslation("jobs.cron"));
    grid.addColumn(ScheduleEntry::zone).setHeader(getTranslation("jobs.zone"));
    grid.addColumn(ScheduleEntry::calendar).setHeader(getTranslation("jobs.calendar"));
    grid.addColumn(s -> Formats.time(s.nextFire())).setHeader(getTranslation("jobs.next-fire"));
    grid.setAllRowsVisible(true);
    cron.setLabel(getTranslation("jobs.cron"));
    cron.setId("cron");
    grid.asSingleSelect()
        .addValueChangeListener(
            e -> {
              if (e.getValue() != null) {
                showCron(e.getValue().cron());
              }
            });
    Button change = new Button(getTranslation("jobs.reschedule"), click -> change());
    change.setId("reschedule");
    change.setEnabled(mayAct);
    HorizontalLayout edit = new HorizontalLayout(cron, change);
    edit.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    add(new H3(getTranslation("jobs.schedules")), grid, edit);
    grid.setItems(schedules.schedules());
  }

  private void change() {
    ScheduleEntry entry = grid.asSingleSelect().getValue();
    if (entry == null) {
      actions.say("jobs.select");
      return;
    }
    if (cron.getValue().trim().equals(entry.cron())) {
      actions.say("jobs.schedule-unchanged", entry.cron());
      showCron(entry.cron());
      return;
    }
    actions.act(
        () -> schedules.reschedule(entry.trigger(), cron.getValue()), "jobs.rescheduled", "");
    List<ScheduleEntry> current = schedules.schedules();
    grid.setItems(current);
    current.stream()
        .filter(e -> e.trigger().equals(entry.trigger()))
        .findFirst()
        .ifPresent(
            saved -> {
              grid.asSingleSelect().setValue(saved);
              // what the store now holds, saved or (when refused) still in force
              showCron(saved.cron());
            });
  }

  /**
   * Shows an expression in the cron field, in the browser too. The field's value alone is not
   * enough: when the selection's round trip lands after the operator typed, the browser shows the
   * selected expression while the server holds the typed one; setting that same value again sends
   * nothing, so after a save the browser would keep showing the old expression.
   */
  private void showCron(String expression) {
    cron.setValue(expression);
    cron.getElement().executeJs("this.value = $0", expression);
  }
}
