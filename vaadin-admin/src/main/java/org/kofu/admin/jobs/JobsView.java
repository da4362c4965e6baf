package org.kofu.admin.jobs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kofu.admin.account.Role;
import org.kofu.admin.security.CurrentUser;
import org.kofu.admin.ui.Formats;
import org.kofu.admin.ui.MainLayout;
import org.springframework.security.access.AccessDeniedException;

/**
 * Jobs: each job's latest run with a live progress bar (the view polls), launch, the history with
 * step statistics and skips of a selected execution, stop / restart / abandon, and the schedules.
 * Operators and the officer act; auditors read.
 */
@Route(value = "jobs", layout = MainLayout.class)
@RolesAllowed({"OFFICER", "OPERATOR", "AUDITOR"})
public class JobsView extends VerticalLayout implements HasDynamicTitle {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final JobControl control;
  private final JobsProperties properties;
  private final boolean mayAct = CurrentUser.has(Role.OFFICER, Role.OPERATOR);
  private final Map<String, JobCard> cards = new LinkedHashMap<>();
  private final Paragraph message = new Paragraph();
  private final Paragraph pending = new Paragraph();
  private final Grid<ExecutionProgress> history = new Grid<>();
  private final Grid<StepRow> steps = new Grid<>();
  private final Grid<SkipRow> skips = new Grid<>();
  private final Grid<ScheduleEntry> schedules = new Grid<>();
  private final TextField cron = new TextField();
  private final Button stop = action("jobs.stop", "stop");
  private final Button restart = action("jobs.restart", "restart");
  private final Button abandon = action("jobs.abandon", "abandon");
  private Long selected;
  private Registration polling;

  JobsView(JobControl control, JobsProperties properties) {
    this.control = control;
    this.properties = properties;
    message.setId("jobs-message");
    pending.setId("jobs-pending");
    add(new H2(getTranslation("nav.jobs")), message);
    if (!mayAct) {
      add(new Paragraph(getTranslation("jobs.read-only")));
    }
    FlexLayout row = new FlexLayout();
    row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    row.getStyle().set("gap", "0.5em");
    row.setWidthFull();
    for (String job : JobControl.JOBS) {
      JobCard card =
          new JobCard(
              job,
              () ->
                  act(
                      () -> control.launch(job),
                      "jobs.requested",
                      getTranslation("jobs.job." + job)));
      cards.put(job, card);
      row.add(card);
    }
    add(row, pending);
    historyGrid();
    stop.addClickListener(c -> onSelected(id -> control.stop(id), "jobs.stop-requested"));
    restart.addClickListener(c -> onSelected(id -> control.restart(id), "jobs.restart-requested"));
    abandon.addClickListener(c -> onSelected(id -> control.abandon(id), "jobs.abandoned"));
    abandon.addThemeVariants(ButtonVariant.LUMO_ERROR);
    add(
        new H3(getTranslation("jobs.history")),
        history,
        new HorizontalLayout(stop, restart, abandon));
    detailGrids();
    scheduleSection();
    refresh();
  }

  private void historyGrid() {
    history.setId("history-grid");
    history
        .addColumn(p -> "#" + p.executionId())
        .setHeader(getTranslation("jobs.execution"))
        .setAutoWidth(true);
    history
        .addColumn(p -> getTranslation("jobs.job." + p.jobName()))
        .setHeader(getTranslation("jobs.job"));
    history
        .addColumn(p -> getTranslation("jobs.status." + p.status()))
        .setHeader(getTranslation("jobs.status"));
    history.addColumn(p -> local(p.started())).setHeader(getTranslation("jobs.started"));
    history.addColumn(p -> local(p.ended())).setHeader(getTranslation("jobs.ended"));
    history.addColumn(p -> p.counts().read()).setHeader(getTranslation("jobs.read"));
    history.addColumn(p -> p.counts().written()).setHeader(getTranslation("jobs.written"));
    history.addColumn(p -> p.counts().skipped()).setHeader(getTranslation("jobs.skipped"));
    history.addColumn(ExecutionProgress::exitDescription).setHeader(getTranslation("jobs.exit"));
    history.setAllRowsVisible(true);
    history
        .asSingleSelect()
        .addValueChangeListener(
            e -> {
              if (e.isFromClient()) {
                selected = e.getValue() == null ? null : e.getValue().executionId();
                showSelected();
              }
            });
  }

  private void detailGrids() {
    steps.setId("steps-grid");
    steps.addColumn(StepRow::name).setHeader(getTranslation("jobs.step")).setAutoWidth(true);
    steps.addColumn(StepRow::status).setHeader(getTranslation("jobs.status"));
    steps.addColumn(StepRow::read).setHeader(getTranslation("jobs.read"));
    steps.addColumn(StepRow::written).setHeader(getTranslation("jobs.written"));
    steps.addColumn(StepRow::filtered).setHeader(getTranslation("jobs.filtered"));
    steps.addColumn(StepRow::skipped).setHeader(getTranslation("jobs.skipped"));
    steps.addColumn(StepRow::commits).setHeader(getTranslation("jobs.commits"));
    steps.addColumn(StepRow::rollbacks).setHeader(getTranslation("jobs.rollbacks"));
    steps.addColumn(s -> local(s.started())).setHeader(getTranslation("jobs.started"));
    steps.addColumn(s -> local(s.ended())).setHeader(getTranslation("jobs.ended"));
    steps.setAllRowsVisible(true);
    skips.setId("skips-grid");
    skips.addColumn(SkipRow::step).setHeader(getTranslation("jobs.step"));
    skips.addColumn(SkipRow::personKey).setHeader(getTranslation("jobs.person-key"));
    skips.addColumn(SkipRow::cause).setHeader(getTranslation("jobs.cause"));
    skips.addColumn(s -> Formats.time(s.skippedAt())).setHeader(getTranslation("common.when"));
    skips.setAllRowsVisible(true);
    add(new H3(getTranslation("jobs.steps")), steps, new H3(getTranslation("jobs.skips")), skips);
  }

  private void scheduleSection() {
    schedules.setId("schedules-grid");
    schedules
        .addColumn(s -> getTranslation("jobs.job." + s.job()))
        .setHeader(getTranslation("jobs.job"));
    schedules.addColumn(ScheduleEntry::trigger).setHeader(getTranslation("jobs.trigger"));
    schedules.addColumn(ScheduleEntry::cron).setHeader(getTranslation("jobs.cron"));
    schedules.addColumn(ScheduleEntry::zone).setHeader(getTranslation("jobs.zone"));
    schedules.addColumn(ScheduleEntry::calendar).setHeader(getTranslation("jobs.calendar"));
    schedules
        .addColumn(s -> Formats.time(s.nextFire()))
        .setHeader(getTranslation("jobs.next-fire"));
    schedules.setAllRowsVisible(true);
    cron.setLabel(getTranslation("jobs.cron"));
    cron.setId("cron");
    schedules
        .asSingleSelect()
        .addValueChangeListener(
            e -> {
              if (e.getValue() != null) {
                showCron(e.getValue().cron());
              }
            });
    Button change =
        new Button(
            getTranslation("jobs.reschedule"),
            click -> {
              ScheduleEntry entry = schedules.asSingleSelect().getValue();
              if (entry == null) {
                message.setText(getTranslation("jobs.select"));
                return;
              }
              if (cron.getValue().trim().equals(entry.cron())) {
                message.setText(getTranslation("jobs.schedule-unchanged", entry.cron()));
                showCron(entry.cron());
                return;
              }
              act(
                  () -> control.reschedule(entry.trigger(), cron.getValue()),
                  "jobs.rescheduled",
                  "");
              List<ScheduleEntry> current = control.schedules();
              schedules.setItems(current);
              current.stream()
                  .filter(e -> e.trigger().equals(entry.trigger()))
                  .findFirst()
                  .ifPresent(
                      saved -> {
                        schedules.asSingleSelect().setValue(saved);
                        // what the store now holds, saved or (when refused) still in force
                        showCron(saved.cron());
                      });
            });
    change.setId("reschedule");
    change.setEnabled(mayAct);
    HorizontalLayout edit = new HorizontalLayout(cron, change);
    edit.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    add(new H3(getTranslation("jobs.schedules")), schedules, edit);
    schedules.setItems(control.schedules());
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

  private Button action(String key, String id) {
    Button button = new Button(getTranslation(key));
    button.setId(id);
    button.setEnabled(false);
    return button;
  }

  private void onSelected(java.util.function.LongConsumer action, String doneKey) {
    if (selected == null) {
      message.setText(getTranslation("jobs.select"));
      return;
    }
    long id = selected;
    act(() -> action.accept(id), doneKey, String.valueOf(id));
  }

  private void act(Runnable action, String doneKey, String argument) {
    try {
      action.run();
      message.setText(getTranslation(doneKey, argument));
    } catch (JobControlException e) {
      message.setText(getTranslation("jobs.failed", getTranslation(e.messageKey(), e.argument())));
    } catch (AccessDeniedException e) {
      message.setText(getTranslation("jobs.failed", getTranslation("jobs.error.denied")));
    }
    refresh();
  }

  private void refresh() {
    List<ExecutionProgress> all = new ArrayList<>();
    for (Map.Entry<String, JobCard> card : cards.entrySet()) {
      List<ExecutionProgress> runs = control.history(card.getKey());
      card.getValue().show(runs.stream().findFirst(), mayAct);
      all.addAll(runs);
    }
    all.sort(Comparator.comparingLong(ExecutionProgress::executionId).reversed());
    history.setItems(all);
    if (selected != null) {
      all.stream()
          .filter(p -> p.executionId() == selected)
          .findFirst()
          .ifPresent(history.asSingleSelect()::setValue);
    }
    List<PendingLaunch> waiting = control.pending();
    pending.setText(
        waiting.isEmpty()
            ? getTranslation("jobs.pending-none")
            : getTranslation(
                "jobs.pending",
                waiting.stream()
                    .map(
                        w ->
                            getTranslation("jobs.job." + w.job())
                                + (w.restartOf() == null ? "" : " #" + w.restartOf()))
                    .collect(Collectors.joining(", "))));
    showSelected();
  }

  private void showSelected() {
    ExecutionProgress execution =
        selected == null ? null : control.execution(selected).orElse(null);
    stop.setEnabled(mayAct && execution != null && execution.mayStop());
    restart.setEnabled(mayAct && execution != null && execution.mayRestart());
    abandon.setEnabled(mayAct && execution != null && execution.mayAbandon());
    steps.setItems(execution == null ? List.of() : control.steps(selected));
    skips.setItems(execution == null ? List.of() : control.skips(selected));
  }

  private static String local(LocalDateTime time) {
    // Spring Batch stores the batch node's local time; the nodes run in Asia/Tokyo
    return time == null ? "" : LOCAL.format(time);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    event.getUI().setPollInterval((int) properties.poll().toMillis());
    polling = event.getUI().addPollListener(poll -> refresh());
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (polling != null) {
      polling.remove();
    }
    event.getUI().setPollInterval(-1);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("nav.jobs");
  }
}
