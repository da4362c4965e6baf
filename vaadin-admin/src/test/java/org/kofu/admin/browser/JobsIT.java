package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.projectdb.schedule.ScheduleOverrides;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Job control across processes: the admin stores one-shot triggers in the Quartz store, a batch
 * node ({@link FakeBatchNode}: its own started scheduler and real Spring Batch jobs) fires them,
 * and the admin shows what the JobRepository tables say.
 */
class JobsIT extends BrowserTestSupport {

  private static final LocatorAssertions.ContainsTextOptions LONG =
      new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

  @Autowired DataSource dataSource;
  @Autowired JobRepository repository;
  @Autowired JobExplorer explorer;
  @Autowired PlatformTransactionManager transactions;
  FakeBatchNode node;

  @BeforeEach
  void startBatchNode() throws Exception {
    if (node == null) {
      // 8 items of 250 ms per step: a partition takes 2 s, the full run 4 s; delta, purge 100 s
      node = new FakeBatchNode(dataSource, repository, explorer, transactions, 8, 250);
    }
    node.pace(250);
  }

  @AfterAll
  void stopBatchNode() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void launchingAJobShowsItsProgressUntil100Percent() {
    account("operator-j", Role.OPERATOR, "Operator-Pass-71", false);
    Page page = signIn("operator-j", "Operator-Pass-71");
    page.navigate(url("jobs"));

    page.locator("#launch-fullPregeneration").click();

    assertThat(page.locator("#jobs-message")).containsText("全件事前生成 の起動をバッチノードに依頼しました");
    assertThat(page.locator("#progress-fullPregeneration")).containsText("50%（パーティション 1/2", LONG);
    // the items bar: items read over the totals the partitions carry (8 per partition)
    assertThat(page.locator("#items-fullPregeneration"))
        .containsText(java.util.regex.Pattern.compile("件数 \\d+%（\\d+ / 16 件）"));
    Chromium.screenshot(page, "30-job-running");
    assertThat(page.locator("#progress-fullPregeneration"))
        .containsText("100%（パーティション 2/2、読込 16 件、書込 16 件、スキップ 0 件）", LONG);
    assertThat(page.locator("#items-fullPregeneration")).hasText("件数 100%（16 / 16 件）");
    assertThat(page.locator("#status-fullPregeneration")).containsText("完了");
    JobExecution run = latest("fullPregeneration");
    assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

    jdbc.update(
        "INSERT INTO batch_skip_log (job_execution_id, step_name, person_key, cause, skipped_at)"
            + " VALUES (?, 'fullPregenerationRange:range1', 'A0000042',"
            + " 'UndrawableCharacterException', CURRENT_TIMESTAMP)",
        run.getId());
    page.locator("#history-grid vaadin-grid-cell-content").getByText("#" + run.getId()).click();
    assertThat(page.locator("#steps-grid")).containsText("fullPregenerationRange:range1");
    assertThat(page.locator("#skips-grid")).containsText("A0000042");
    assertThat(page.locator("#skips-grid")).containsText("UndrawableCharacterException");
    page.locator("#skips-grid").scrollIntoViewIfNeeded();
    Chromium.screenshot(page, "31-job-completed");
    assertThat(audited("JOB_LAUNCH_REQUESTED", "fullPregeneration")).isEqualTo(1);
  }

  @Test
  void aStoppedRunStopsAtItsNextChunkAndARestartFinishesIt() {
    account("operator-s", Role.OPERATOR, "Operator-Pass-72", false);
    Page page = signIn("operator-s", "Operator-Pass-72");
    page.navigate(url("jobs"));
    page.locator("#launch-deltaPregeneration").click();
    assertThat(page.locator("#status-deltaPregeneration")).containsText("実行中", LONG);
    JobExecution running = latest("deltaPregeneration");

    page.locator("#history-grid vaadin-grid-cell-content").getByText("#" + running.getId()).click();
    page.locator("#stop").click();

    assertThat(page.locator("#jobs-message")).containsText("停止を指示しました");
    assertThat(page.locator("#status-deltaPregeneration"))
        .hasText(
            "#" + running.getId() + " 停止",
            new LocatorAssertions.HasTextOptions().setTimeout(60_000));
    JobExecution stopped = explorer.getJobExecution(running.getId());
    assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
    assertThat(stopped.getStepExecutions().iterator().next().getReadCount()).isLessThan(400);
    Chromium.screenshot(page, "32-job-stopped");
    node.pace(1);

    page.locator("#restart").click();

    assertThat(page.locator("#jobs-message")).containsText("再実行をバッチノードに依頼しました");
    assertThat(page.locator("#status-deltaPregeneration")).containsText("完了", LONG);
    JobExecution restarted = latest("deltaPregeneration");
    assertThat(restarted.getId()).isNotEqualTo(running.getId());
    assertThat(restarted.getJobInstance().getId()).isEqualTo(running.getJobInstance().getId());
    assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(audited("JOB_STOP", "#" + running.getId())).isEqualTo(1);
    assertThat(audited("JOB_RESTART_REQUESTED", "#" + running.getId())).isEqualTo(1);
  }

  @Test
  void aStoppedRunCanBeAbandonedAndAnAuditorOnlyReads() {
    account("operator-a", Role.OPERATOR, "Operator-Pass-73", false);
    Page page = signIn("operator-a", "Operator-Pass-73");
    page.navigate(url("jobs"));
    page.locator("#launch-purge").click();
    assertThat(page.locator("#status-purge")).containsText("実行中", LONG);
    JobExecution running = latest("purge");
    page.locator("#history-grid vaadin-grid-cell-content").getByText("#" + running.getId()).click();
    page.locator("#stop").click();
    assertThat(page.locator("#status-purge"))
        .hasText(
            "#" + running.getId() + " 停止",
            new LocatorAssertions.HasTextOptions().setTimeout(60_000));

    page.locator("#abandon").click();

    assertThat(page.locator("#status-purge")).hasText("#" + running.getId() + " 放棄");
    assertThat(explorer.getJobExecution(running.getId()).getStatus())
        .isEqualTo(BatchStatus.ABANDONED);
    assertThat(page.locator("#restart")).isDisabled();
    Chromium.screenshot(page, "33-job-abandoned");
    assertThat(audited("JOB_ABANDON", "#" + running.getId())).isEqualTo(1);

    account("auditor-j", Role.AUDITOR, "Auditor-Pass-74", false);
    Page auditor = signIn("auditor-j", "Auditor-Pass-74");
    auditor.navigate(url("jobs"));
    assertThat(auditor.locator("#status-purge")).containsText("放棄");
    assertThat(auditor.locator("#launch-purge")).isDisabled();
    assertThat(auditor.locator("#reschedule")).isDisabled();
    Chromium.screenshot(auditor, "34-jobs-auditor");
  }

  @Test
  void anOperatorChangesAScheduleThatTheBatchNodeThenReads() throws Exception {
    account("operator-r", Role.OPERATOR, "Operator-Pass-75", false);
    Page page = signIn("operator-r", "Operator-Pass-75");
    page.navigate(url("jobs"));
    page.locator("#schedules-grid vaadin-grid-cell-content").getByText("purge-0").click();
    // the selection fills the field in a round trip of its own: typing before it lands is undone
    assertThat(page.locator("#cron input"))
        .hasValue("0 0 3 1 1 ? 2099", new LocatorAssertions.HasValueOptions().setTimeout(60_000));

    // stray blanks are dropped from what is saved: the field then shows the saved expression
    type(page, "cron", "  0 15 4 1 1 ?  ");
    page.locator("#reschedule").click();

    assertThat(page.locator("#jobs-message")).containsText("スケジュールを変更しました", LONG);
    assertThat(page.locator("#cron input"))
        .hasValue("0 15 4 1 1 ?", new LocatorAssertions.HasValueOptions().setTimeout(60_000));
    // the grid fetches its rows in a round trip of its own, slow on a loaded machine
    assertThat(page.locator("#schedules-grid")).containsText("0 15 4 1 1 ?", LONG);
    assertThat(node.cron("purge-0")).isEqualTo("0 15 4 1 1 ?");
    page.locator("#schedules-grid").scrollIntoViewIfNeeded();
    Chromium.screenshot(page, "35-job-schedule-changed");
    assertThat(audited("JOB_SCHEDULE_CHANGED", "purge-0: 0 0 3 1 1 ? 2099 -> 0 15 4 1 1 ?"))
        .isEqualTo(1);
    // what a batch node reads back when it restarts and rewrites its triggers
    assertThat(new ScheduleOverrides(dataSource).all()).containsEntry("purge-0", "0 15 4 1 1 ?");

    type(page, "cron", "not a cron");
    page.locator("#reschedule").click();
    assertThat(page.locator("#jobs-message")).containsText("cron 式が正しくありません: not a cron", LONG);
    assertThat(node.cron("purge-0")).isEqualTo("0 15 4 1 1 ?");
    // a refused change leaves the field on the expression still in force
    assertThat(page.locator("#cron input"))
        .hasValue("0 15 4 1 1 ?", new LocatorAssertions.HasValueOptions().setTimeout(60_000));

    type(page, "cron", "0 15 4 1 1 ?");
    page.locator("#reschedule").click();
    assertThat(page.locator("#jobs-message")).containsText("スケジュールは変わっていません（0 15 4 1 1 ?）", LONG);

    // a selection's round trip landing after the typing: the server holds the typed expression
    // while the browser shows the selected one again (set here without a change event)
    type(page, "cron", "0 30 4 1 1 ?");
    page.locator("#cron").evaluate("(field, old) => field.value = old", "0 15 4 1 1 ?");
    page.locator("#reschedule").click();

    assertThat(page.locator("#schedules-grid")).containsText("0 30 4 1 1 ?", LONG);
    assertThat(node.cron("purge-0")).isEqualTo("0 30 4 1 1 ?");
    // the field shows what was saved, not the stale expression the browser had
    assertThat(page.locator("#cron input"))
        .hasValue("0 30 4 1 1 ?", new LocatorAssertions.HasValueOptions().setTimeout(60_000));
    assertThat(audited("JOB_SCHEDULE_CHANGED", "purge-0: 0 15 4 1 1 ? -> 0 30 4 1 1 ?"))
        .isEqualTo(1);
  }

  private JobExecution latest(String job) {
    List<JobInstance> instances = explorer.findJobInstancesByJobName(job, 0, 5);
    return instances.stream()
        .flatMap(i -> explorer.getJobExecutions(i).stream())
        .max(java.util.Comparator.comparingLong(JobExecution::getId))
        .orElseThrow();
  }

  private int audited(String action, String detail) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM audit_log WHERE action = ? AND detail LIKE ?",
        Integer.class,
        action,
        "%" + detail + "%");
  }
}
