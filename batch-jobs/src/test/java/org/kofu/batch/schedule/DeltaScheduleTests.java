package org.kofu.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kofu.batch.delta.DeltaProperties;
import org.kofu.projectdb.jobs.BatchJob;
import org.kofu.projectdb.jobs.ClosingCalendar;
import org.kofu.projectdb.service.ServiceHours;
import org.quartz.CronTrigger;

/** The delta triggers and the window the continuous delta polls in. */
class DeltaScheduleTests {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  /** The job the delta firings launch in a mode, as the delta's properties say. */
  static BatchJob delta(DeltaProperties.Mode mode) {
    return new DeltaProperties(mode, Duration.ofMillis(500), Duration.ofMinutes(10), 2).firedJob();
  }

  @Test
  void theDeltaTriggersFireInServiceHoursOnly() {
    var schedule =
        new ScheduleProperties(
            "0 30 23 * * ?",
            List.of("0 30-59 6 * * ?", "0 * 7-22 * * ?", "0 0 23 * * ?"),
            "0 15 4 * * ?",
            "0 0 1 ? * SUN",
            "0 40 23 * * ?",
            "Asia/Tokyo",
            List.of(),
            java.time.Duration.ofMinutes(30));
    var triggers =
        QuartzScheduleConfiguration.triggers(
            schedule, delta(DeltaProperties.Mode.CONTINUOUS), Map.of());

    assertThat(triggers).hasSize(7);
    assertThat(
            triggers.stream()
                .filter(t -> QuartzScheduleConfiguration.CLOSED.equals(t.getCalendarName())))
        .hasSize(3)
        .allMatch(t -> t.getJobKey().getName().equals("continuousDelta"));
    assertThat(
            QuartzScheduleConfiguration.triggers(
                    schedule, delta(DeltaProperties.Mode.SCHEDULED), Map.of())
                .stream()
                .filter(t -> QuartzScheduleConfiguration.CLOSED.equals(t.getCalendarName())))
        .hasSize(3)
        .allMatch(t -> t.getJobKey().getName().equals("deltaPregeneration"));
  }

  @Test
  void cronsTheOperatorsChangedReplaceTheConfiguredOnes() {
    var schedule =
        new ScheduleProperties(
            "0 30 23 * * ?",
            List.of("0 30-59 6 * * ?", "0 * 7-22 * * ?"),
            "0 15 4 * * ?",
            "0 0 1 ? * SUN",
            "0 40 23 * * ?",
            "Asia/Tokyo",
            List.of(),
            java.time.Duration.ofMinutes(30));

    var triggers =
        QuartzScheduleConfiguration.triggers(
            schedule,
            delta(DeltaProperties.Mode.CONTINUOUS),
            Map.of("fullPregeneration-0", "0 45 23 * * ?", "continuousDelta-1", "0 * 8-21 * * ?"));

    var crons = new java.util.HashMap<String, String>();
    triggers.forEach(t -> crons.put(t.getKey().getName(), ((CronTrigger) t).getCronExpression()));
    assertThat(crons)
        .containsEntry("fullPregeneration-0", "0 45 23 * * ?")
        .containsEntry("continuousDelta-0", "0 30-59 6 * * ?")
        .containsEntry("continuousDelta-1", "0 * 8-21 * * ?")
        .containsEntry("purge-0", "0 15 4 * * ?")
        .containsEntry("characterCoverage-0", "0 0 1 ? * SUN")
        .containsEntry("dailyClose-0", "0 40 23 * * ?");
  }

  @Test
  void theFiringWindowIsTheDeltaFiringsOnOpenDays() {
    var hours =
        DeltaFiringWindow.of(
            new ScheduleProperties(
                "0 30 23 * * ?",
                List.of("0 30-59 6 * * ?", "0 * 7-22 * * ?", "0 0 23 * * ?"),
                "0 15 4 * * ?",
                "0 0 1 ? * SUN",
                "0 40 23 * * ?",
                "Asia/Tokyo",
                List.of(),
                java.time.Duration.ofMinutes(30)),
            ClosingCalendar.of(
                ServiceHours.DEFAULT, List.of(), List.of(LocalDate.of(2027, 5, 3)), TOKYO));

    assertThat(hours.openAt(at(2027, 5, 6, 6, 20))).isFalse();
    assertThat(hours.openAt(at(2027, 5, 6, 6, 29))).isTrue();
    assertThat(hours.openAt(at(2027, 5, 6, 12, 0))).isTrue();
    assertThat(hours.openAt(at(2027, 5, 6, 22, 59))).isTrue();
    assertThat(hours.openAt(at(2027, 5, 6, 23, 1))).isFalse();
    assertThat(hours.openAt(at(2027, 5, 3, 12, 0))).isFalse();
    assertThat(hours.openAt(at(2027, 12, 30, 12, 0))).isFalse();
  }

  private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(TOKYO).toInstant();
  }
}
