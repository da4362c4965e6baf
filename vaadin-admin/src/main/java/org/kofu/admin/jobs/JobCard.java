package org.kofu.admin.jobs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Optional;

/**
 * One job: its latest execution's state, its progress bars (items over the partitions' totals when
 * the partitioner gave them, and partitions), and the launch button.
 */
class JobCard extends Div {

  private final Span status = new Span();
  private final ProgressBar itemsBar = new ProgressBar();
  private final Span items = new Span();
  private final ProgressBar bar = new ProgressBar();
  private final Span detail = new Span();
  private final Button launch;

  JobCard(String job, Runnable onLaunch) {
    setId("job-" + job);
    getStyle()
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("padding", "0 1em 1em 1em")
        .set("min-width", "20em")
        .set("flex", "1");
    status.setId("status-" + job);
    detail.setId("progress-" + job);
    bar.setId("bar-" + job);
    itemsBar.setId("items-bar-" + job);
    items.setId("items-" + job);
    launch = new Button(getTranslation("jobs.launch"), click -> onLaunch.run());
    launch.setId("launch-" + job);
    add(
        new H3(getTranslation("jobs.job." + job)),
        status,
        itemsBar,
        items,
        bar,
        detail,
        new Div(launch));
  }

  void show(Optional<ExecutionProgress> latest, boolean mayAct) {
    launch.setEnabled(mayAct);
    if (latest.isEmpty()) {
      status.setText(getTranslation("jobs.none"));
      bar.setIndeterminate(false);
      bar.setValue(0);
      detail.setText("");
      showItems(-1, 0, 0);
      return;
    }
    ExecutionProgress p = latest.get();
    status.setText("#" + p.executionId() + " " + getTranslation("jobs.status." + p.status()));
    showItems(p.itemsFraction(), p.counts().itemsDone(), p.counts().itemsTotal());
    double fraction = p.fraction();
    bar.setIndeterminate(fraction < 0);
    bar.setValue(Math.max(0, fraction));
    String counts =
        getTranslation(
            "jobs.counts", p.counts().read(), p.counts().written(), p.counts().skipped());
    if (p.counts().partitions() > 0) {
      detail.setText(
          getTranslation(
              "jobs.progress",
              percent(fraction),
              p.counts().partitionsDone(),
              p.counts().partitions(),
              counts));
    } else if (fraction >= 0
        && p.status() == org.springframework.batch.core.BatchStatus.COMPLETED) {
      detail.setText(getTranslation("jobs.percent", percent(fraction), counts));
    } else {
      detail.setText(counts);
    }
  }

  /** The items bar is shown only when the partitions carry totals. */
  private void showItems(double fraction, long done, long total) {
    boolean known = fraction >= 0;
    itemsBar.setVisible(known);
    items.setVisible(known);
    if (known) {
      itemsBar.setValue(fraction);
      items.setText(getTranslation("jobs.items", percent(fraction), done, total));
    } else {
      items.setText("");
    }
  }

  private static String percent(double fraction) {
    return String.valueOf(Math.round(fraction * 100));
  }
}
