package org.kofu.batch.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.BatchApplication;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Jobs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code dailyClose} job on a batch node (PostgreSQL, the real clock): it closes the days whose
 * service hours ended, never today before 23:00, and a PRINTED result arriving for a closed day is
 * reported on the audit chain and in {@code kofu_settlement_closed_day_changes}, the seal kept.
 */
class DailyCloseJobIT {

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;
  static JdbcTemplate project;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(5, 1, 1);
    node = bed.node();
    project = node.getBean(JdbcTemplate.class);
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  void closesEndedDaysAndReportsALateResult() throws Exception {
    LocalDate threeDaysAgo = LocalDate.now(BatchApplication.ZONE).minusDays(3);
    issued("j01", threeDaysAgo, "PRINTED");
    issued("j02", threeDaysAgo, null);

    JobExecution first = Jobs.run(node, "dailyClose", Jobs.now());

    assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
    LocalDate today = LocalDate.now(BatchApplication.ZONE);
    boolean todayEnded =
        !LocalTime.now(BatchApplication.ZONE).isBefore(LocalTime.of(23, 30)); // 23:00 + grace
    LocalDate lastDue = todayEnded ? today : today.minusDays(1);
    assertThat(project.queryForObject("SELECT MIN(close_day) FROM daily_close", LocalDate.class))
        .isEqualTo(threeDaysAgo);
    assertThat(project.queryForObject("SELECT MAX(close_day) FROM daily_close", LocalDate.class))
        .isEqualTo(lastDue);
    assertThat(
            project.queryForObject(
                "SELECT copies FROM daily_close_count WHERE close_day = ?",
                Long.class,
                threeDaysAgo))
        .isEqualTo(2);
    String seal =
        project.queryForObject(
            "SELECT counts_sha256 FROM daily_close WHERE close_day = ?",
            String.class,
            threeDaysAgo);
    assertThat(gauge()).isZero();

    project.update("UPDATE issuance_request SET outcome = 'PRINTED' WHERE request_id = 'j02'");
    assertThat(Jobs.run(node, "dailyClose", Jobs.now()).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);

    assertThat(gauge()).isEqualTo(1.0);
    assertThat(
            project.queryForList(
                "SELECT detail FROM audit_log WHERE action = ?",
                String.class,
                DailyCloseJobConfiguration.CHANGED))
        .containsExactly(threeDaysAgo + " SEJ JUMINHYO CHANGED copies 2→4 fees 600→1200");
    assertThat(
            project.queryForObject(
                "SELECT counts_sha256 FROM daily_close WHERE close_day = ?",
                String.class,
                threeDaysAgo))
        .isEqualTo(seal);
    // found once: a third run adds nothing
    Jobs.run(node, "dailyClose", Jobs.now());
    assertThat(gauge()).isEqualTo(1.0);
  }

  private static double gauge() {
    return node.getBean(MeterRegistry.class)
        .get("kofu.settlement.closed.day.changes")
        .gauge()
        .value();
  }

  private static void issued(String id, LocalDate day, String outcome) {
    Instant at = day.atTime(10, 0).atZone(BatchApplication.ZONE).toInstant();
    project.update(
        "INSERT INTO issuance_request (request_id, request_hash, certificate_number, person_key,"
            + " certificate_type, fee_yen, page_count, source, body_sha256, pdf, issued_at,"
            + " outcome, copies, kiosk_id, requested_at, operator_code, commission_yen)"
            + " VALUES (?, ?, ?, 'P', 'JUMINHYO', 600, 1, 'CACHE', ?, ?, ?, ?, 2, 'SEJ-1', ?,"
            + " 'SEJ', 240)",
        id,
        "0".repeat(64),
        "012025-990101-" + id + "000",
        "0".repeat(64),
        new byte[0],
        Timestamp.from(at),
        outcome,
        Timestamp.from(at));
  }
}
