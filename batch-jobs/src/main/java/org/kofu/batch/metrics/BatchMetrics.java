package org.kofu.batch.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.projectdb.jobs.BatchJob;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator alerts on for the batch, read from the databases at each scrape (two small
 * queries per journal, one on the job repository):
 *
 * <ul>
 *   <li>{@code kofu.batch.delta.lag.seconds{source}}: how long the oldest change-journal row above
 *       the delta job's cursor (seq 0 before its first move) has waited (0 when the cursor is at
 *       the journal's end, NaN when a database does not answer). Rows processed out of order above
 *       the cursor still count, so this is an upper bound.
 *   <li>{@code kofu.batch.jobs.failed{batch_job}}: executions of the job that ended FAILED within
 *       the last 24 hours, from the Spring Batch job repository (shared by every batch node, so
 *       every node reports the same number).
 * </ul>
 */
public final class BatchMetrics implements MeterBinder {

  /** The jobs of batch-jobs, by their Spring Batch names. */
  static final List<String> JOBS = BatchJob.launchedByHand();

  private static final Duration FAILURE_WINDOW = Duration.ofHours(24);

  private final JdbcTemplate project;
  private final List<Journal> journals;
  private final Clock clock;

  /** A change journal: the cursor's source name and the journal's table in its database. */
  public record Journal(String source, String table, DataSource dataSource) {}

  public BatchMetrics(DataSource project, List<Journal> journals, Clock clock) {
    this.project = new JdbcTemplate(project);
    this.journals = List.copyOf(journals);
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Journal journal : journals) {
      Gauge.builder("kofu.batch.delta.lag", journal, this::lagSeconds)
          .tag("source", journal.source())
          .baseUnit("seconds")
          .description("age of the oldest change-journal row the delta job has not yet passed")
          .register(registry);
    }
    for (String job : JOBS) {
      Gauge.builder("kofu.batch.jobs.failed", job, this::recentFailures)
          .tag("batch_job", job)
          .description("executions of the job that ended FAILED in the last 24 hours")
          .register(registry);
    }
  }

  double lagSeconds(Journal journal) {
    List<Long> cursor =
        project.queryForList(
            "SELECT low_watermark FROM batch_journal_cursor WHERE source = ?",
            Long.class,
            journal.source());
    // no cursor row yet: the delta starts from seq 0 (JournalCursor), and a pass that finds no
    // journal rows writes none
    long low = cursor.isEmpty() ? 0L : cursor.get(0);
    List<Timestamp> oldest =
        new JdbcTemplate(journal.dataSource())
            .queryForList(
                "SELECT MIN(changed_at) FROM " + journal.table() + " WHERE seq > ?",
                Timestamp.class,
                low);
    if (oldest.isEmpty() || oldest.get(0) == null) {
      return 0;
    }
    long millis = Duration.between(oldest.get(0).toInstant(), clock.instant()).toMillis();
    return Math.max(0, millis) / 1000.0;
  }

  double recentFailures(String job) {
    Integer failed =
        project.queryForObject(
            "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e"
                + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                + " WHERE i.JOB_NAME = ? AND e.STATUS = 'FAILED' AND e.END_TIME >= ?",
            Integer.class,
            job,
            Timestamp.from(clock.instant().minus(FAILURE_WINDOW)));
    return failed == null ? 0 : failed;
  }
}
