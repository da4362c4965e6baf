package org.kofu.projectdb.schedule;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batch schedule as operators changed it (migration V5_2): the admin writes, batch nodes read
 * when they register their Quartz triggers, so a change outlives a node restart.
 */
public class ScheduleOverrides {

  private final JdbcClient jdbc;

  public ScheduleOverrides(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** Cron expression by trigger name. */
  public Map<String, String> all() {
    Map<String, String> crons = new LinkedHashMap<>();
    RowCallbackHandler collect = rs -> crons.put(rs.getString(1), rs.getString(2));
    jdbc.sql("SELECT trigger_name, cron FROM batch_schedule_override ORDER BY trigger_name")
        .query(collect);
    return crons;
  }

  public void put(String triggerName, String cron, Instant at) {
    OffsetDateTime changedAt = at.atOffset(ZoneOffset.UTC);
    int updated =
        jdbc.sql(
                "UPDATE batch_schedule_override SET cron = ?, changed_at = ? WHERE trigger_name = ?")
            .params(cron, changedAt, triggerName)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO batch_schedule_override (trigger_name, cron, changed_at)"
                  + " VALUES (?, ?, ?)")
          .params(triggerName, cron, changedAt)
          .update();
    }
  }
}
