package org.kofu.batch.skip;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code batch_skip_log} in the project database. */
public final class SkipLog {

  /** One skipped person. */
  public record Entry(long jobExecutionId, String stepName, String personKey, String cause) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  public SkipLog(DataSource projectDb, Clock clock) {
    this.jdbc = JdbcClient.create(projectDb);
    this.clock = clock;
  }

  public void record(Entry entry) {
    jdbc.sql(
            """
            INSERT INTO batch_skip_log
              (job_execution_id, step_name, person_key, cause, skipped_at)
            VALUES (:execution, :step, :person, :cause, :at)
            """)
        .param("execution", entry.jobExecutionId())
        .param("step", entry.stepName())
        .param("person", entry.personKey())
        .param("cause", entry.cause())
        .param("at", Timestamp.from(clock.instant()))
        .update();
  }

  public List<Entry> of(long jobExecutionId) {
    return jdbc.sql(
            """
            SELECT job_execution_id, step_name, person_key, cause FROM batch_skip_log
            WHERE job_execution_id = :execution ORDER BY id
            """)
        .param("execution", jobExecutionId)
        .query(
            (rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }
}
