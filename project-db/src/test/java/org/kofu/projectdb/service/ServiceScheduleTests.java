package org.kofu.projectdb.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceScheduleTests {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static Instant tokyo(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), TOKYO).toInstant();
  }

  private static ServiceSchedule schedule(List<TypeRule> rules, List<MaintenanceWindow> windows) {
    return ServiceSchedule.of(
        ServiceHours.DEFAULT,
        List.of(new Holiday(LocalDate.of(2026, 11, 23), "勤労感謝の日", false)),
        rules,
        windows);
  }

  @Test
  void openWithinDefaultHours() {
    assertThat(schedule(List.of(), List.of()).stateAt(tokyo("2026-11-25T10:00"), "JUMINHYO"))
        .isEqualTo(new ServiceState.Open());
  }

  @Test
  void beforeOpeningRetriesAtHalfPastSix() {
    ServiceState state = schedule(List.of(), List.of()).stateAt(tokyo("2026-11-25T05:00"), "INKAN");

    assertThat(state)
        .isEqualTo(new ServiceState.Closed(ClosedReason.OUTSIDE_HOURS, tokyo("2026-11-25T06:30")));
  }

  @Test
  void atElevenAtNightTheServiceHasClosedUntilTomorrow() {
    ServiceState state = schedule(List.of(), List.of()).stateAt(tokyo("2026-11-25T23:00"), "INKAN");

    assertThat(state)
        .isEqualTo(new ServiceState.Closed(ClosedReason.OUTSIDE_HOURS, tokyo("2026-11-26T06:30")));
  }

  @Test
  void yearEndClosesFromTheTwentyNinthToTheThird() {
    ServiceState state =
        schedule(List.of(), List.of()).stateAt(tokyo("2026-12-31T12:00"), "JUMINHYO");

    assertThat(state)
        .isEqualTo(new ServiceState.Closed(ClosedReason.YEAR_END, tokyo("2027-01-04T06:30")));
  }

  @Test
  void weekdayOnlyKosekiStopsOnSaturdaysAndHolidays() {
    TypeRule koseki =
        new TypeRule("KOSEKI_ZENBU", false, true, LocalTime.of(9, 0), LocalTime.of(17, 30), "");
    ServiceSchedule schedule = schedule(List.of(koseki), List.of());

    assertThat(schedule.stateAt(tokyo("2026-11-28T10:00"), "KOSEKI_ZENBU"))
        .isEqualTo(new ServiceState.Closed(ClosedReason.WEEKDAYS_ONLY, tokyo("2026-11-30T09:00")));
    assertThat(schedule.stateAt(tokyo("2026-11-23T10:00"), "KOSEKI_ZENBU"))
        .isInstanceOf(ServiceState.Closed.class);
    assertThat(schedule.stateAt(tokyo("2026-11-28T10:00"), "JUMINHYO"))
        .isEqualTo(new ServiceState.Open());
  }

  @Test
  void aStoppedTypeHasNoRetryTime() {
    TypeRule stopped = new TypeRule("INKAN", true, false, null, null, "印鑑システム障害");

    assertThat(schedule(List.of(stopped), List.of()).stateAt(tokyo("2026-11-25T10:00"), "INKAN"))
        .isEqualTo(new ServiceState.Closed(ClosedReason.STOPPED, null));
  }

  @Test
  void maintenanceWinsAndRunsToTheEndOfOverlappingWindows() {
    Instant announced = tokyo("2026-11-01T09:00");
    List<MaintenanceWindow> windows =
        List.of(
            new MaintenanceWindow(
                1L,
                tokyo("2026-11-25T09:00"),
                tokyo("2026-11-25T11:00"),
                "a",
                announced,
                "o",
                false),
            new MaintenanceWindow(
                2L,
                tokyo("2026-11-25T11:00"),
                tokyo("2026-11-25T12:00"),
                "b",
                announced,
                "o",
                false),
            new MaintenanceWindow(
                3L,
                tokyo("2026-11-25T13:00"),
                tokyo("2026-11-25T14:00"),
                "c",
                announced,
                "o",
                true));
    ServiceSchedule schedule = schedule(List.of(), windows);

    assertThat(schedule.stateAt(tokyo("2026-11-25T10:00"), "JUMINHYO"))
        .isEqualTo(new ServiceState.Maintenance(tokyo("2026-11-25T12:00")));
    assertThat(schedule.stateAt(tokyo("2026-11-25T13:30"), "JUMINHYO"))
        .isEqualTo(new ServiceState.Open());
  }
}
