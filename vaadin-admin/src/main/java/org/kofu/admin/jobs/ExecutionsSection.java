package org.kofu.admin.jobs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongConsumer;
import org.kofu.admin.ui.Formats;

/**
 * The history of the jobs' executions, stop / restart / abandon of the selected one, and its step
 * statistics and skips.
 */
final class ExecutionsSection extends VerticalLayout {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final JobHistory history;
  private final JobActions actions;
  private final boolean mayAct;
  private final Grid<ExecutionProgress> executions = new Grid<>();
  private final Grid<StepRow> steps = new Grid<>();
  private final Grid<SkipRow> skips = new Grid<>();
  private final Button stop = button("jobs.stop", "stop");
  private final Button restart = button("jobs.restart", "restart");
  private final Button abandon = button("jobs.abandon", "abandon");
  private Long selected;

  ExecutionsSection(JobHistory history, JobLaunches launches, JobActions actions, boolean mayAct) {
    this.history = history;
    this.actions = actions;
    this.mayAct = mayAct;
    setPadding(false);
    executionsGrid();
    stop.addClickListener(c -> onSelected(launches::stop, "jobs.stop-requested"));
    restart.addClickListener(c -> onSelected(launches::restart, "jobs.restart-requested"));
    abandon.addClickListener(c -> onSelected(launches::abandon, "jobs.abandoned"));
    abandon.addThemeVariants(ButtonVariant.LUMO_ERROR);
    add(
        new H3(getTranslation("jobs.history")),
        executions,
        new HorizontalLayout(stop, restart, abandon));
    detailGrids();
  }

  private void executionsGrid() {
    executions.setId("history-grid");
    executions
        .addColumn(p -> "#" + p.executionId())
        .setHeader(getTranslation("jobs.execution"))
        .setAutoWidth(true);
    executions
        .addColumn(p -> getTranslation("jobs.job." + p.jobName()))
        .setHeader(getTranslation("jobs.job"));
    executions
        .addColumn(p -> getTranslation("jobs.status." + p.status()))
        .setHeader(getTranslation("jobs.status"));
    executions.addColumn(p -> local(p.started())).setHeader(getTranslation("jobs.started"));
    executions.addColumn(p -> local(p.ended())).setHeader(getTranslation("jobs.ended"));
    executions.addColumn(p -> p.counts().read()).setHeader(getTranslation("jobs.read"));
    executions.addColumn(p -> p.counts().written()).setHeader(getTranslation("jobs.written"));
    executions.addColumn(p -> p.counts().skipped()).setHeader(getTranslation("jobs.skipped"));
    executions.addColumn(ExecutionProgress::exitDescription).setHeader(getTranslation("jobs.exit"));
    executions.setAllRowsVisible(true);
    executions
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

  /** Every job's latest executions, newest first; the selected one stays selected. */
  void show(List<ExecutionProgress> all) {
    executions.setItems(all);
    if (selected != null) {
      all.stream()
          .filter(p -> p.executionId() == selected)
          .findFirst()
          .ifPresent(executions.asSingleSelect()::setValue);
    }
    showSelected();
  }

  private void showSelected() {
    ExecutionProgress execution =
        selected == null ? null : history.execution(selected).orElse(null);
    stop.setEnabled(mayAct && execution != null && execution.mayStop());
    restart.setEnabled(mayAct && execution != null && execution.mayRestart());
    abandon.setEnabled(mayAct && execution != null && execution.mayAbandon());
    steps.setItems(execution == null ? List.of() : history.steps(selected));
    skips.setItems(execution == null ? List.of() : history.skips(selected));
  }

  private void onSelected(LongConsumer action, String doneKey) {
    if (selected == null) {
      actions.say("jobs.select");
      return;
    }
    long id = selected;
    actions.act(() -> action.accept(id), doneKey, String.valueOf(id));
  }

  private Button button(String key, String id) {
    Button button = new Button(getTranslation(key));
    button.setId(id);
    button.setEnabled(false);
    return button;
  }

  private static String local(LocalDateTime time) {
    // Spring Batch stores the batch node's local time; the nodes run in Asia/Tokyo
    return time == null ? "" : LOCAL.format(time);
  }
}
