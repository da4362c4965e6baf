package org.kofu.admin.jobs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;

/**
 * Jobs: each job's latest run with a live progress bar (the view polls) and its launch, the pending
 * launches, the history ({@link ExecutionsSection}) and the schedules ({@link ScheduleSection}).
 * Operators and the officer act; auditors read.
 */
@Route("jobs")
@Menu(order = 5, title = "nav.jobs")
@RolesAllowed({"OFFICER", "OPERATOR", "AUDITOR"})
public class JobsView extends VerticalLayout implements HasDynamicTitle {

  private final JobHistory history;
  private final JobLaunches launches;
  private final JobsProperties properties;
  private final boolean mayAct = CurrentUser.has(Role.OFFICER, Role.OPERATOR);
  private final Map<String, JobCard> cards = new LinkedHashMap<>();
  private final JobActions actions = new JobActions(this::refresh);
  private final Paragraph pending = new Paragraph();
  private final ExecutionsSection executions;
  private Registration polling;

  JobsView(
      JobHistory history, JobLaunches launches, JobSchedules schedules, JobsProperties properties) {
    this.history = history;
    this.launches = launches;
    this.properties = properties;
    pending.setId("jobs-pending");
    add(new H2(getTranslation("nav.jobs")), actions);
    if (!mayAct) {
      add(new Paragraph(getTranslation("jobs.read-only")));
    }
    FlexLayout row = new FlexLayout();
    row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    row.getStyle().set("gap", "0.5em");
    row.setWidthFull();
    for (String job : JobLaunches.JOBS) {
      String label = getTranslation("jobs.job." + job);
      JobCard card =
          new JobCard(job, () -> actions.act(() -> launches.launch(job), "jobs.requested", label));
      cards.put(job, card);
      row.add(card);
    }
    executions = new ExecutionsSection(history, launches, actions, mayAct);
    add(row, pending, executions, new ScheduleSection(schedules, actions, mayAct));
    refresh();
  }

  private void refresh() {
    List<ExecutionProgress> all = new ArrayList<>();
    for (Map.Entry<String, JobCard> card : cards.entrySet()) {
      List<ExecutionProgress> runs = history.history(card.getKey());
      card.getValue().show(runs.stream().findFirst(), mayAct);
      all.addAll(runs);
    }
    all.sort(Comparator.comparingLong(ExecutionProgress::executionId).reversed());
    executions.show(all);
    List<PendingLaunch> waiting = launches.pending();
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
