package org.kofu.projectdb.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.TestDatabases;

class ServiceCalendarTests {

  /** Shared with the PostgreSQL IT: the same steps must hold on both databases. */
  static void assertCalendarRoundTrips(DataSource dataSource) {
    ServiceScheduleRepository repository = new ServiceScheduleRepository(dataSource);
    ServiceCalendar calendar = new ServiceCalendar(repository);
    Instant start = Instant.parse("2026-11-25T01:00:00Z");
    Instant end = Instant.parse("2026-11-25T03:00:00Z");

    long id =
        repository.addWindow(
            new MaintenanceWindow(null, start, end, "OS更新", start.minusSeconds(86400), "o", false));
    repository.saveRule(
        new TypeRule("KOSEKI_ZENBU", false, true, LocalTime.of(9, 0), LocalTime.of(17, 0), "平日"));
    repository.saveHoliday(new Holiday(LocalDate.of(2026, 11, 23), "勤労感謝の日", false));

    assertThat(calendar.stateAt(start.plusSeconds(60), "JUMINHYO"))
        .isEqualTo(new ServiceState.Maintenance(end));
    assertThat(calendar.stateAt(end, "JUMINHYO")).isEqualTo(new ServiceState.Open());
    assertThat(calendar.stateAt(Instant.parse("2026-11-23T03:00:00Z"), "KOSEKI_ZENBU"))
        .isInstanceOf(ServiceState.Closed.class);
    assertThat(repository.hours()).isEqualTo(ServiceHours.DEFAULT);

    repository.cancelWindow(id);
    assertThat(calendar.stateAt(start.plusSeconds(60), "JUMINHYO"))
        .isEqualTo(new ServiceState.Open());
  }

  @Test
  void settingsStoredOnH2AreWhatTheCalendarReads() {
    assertCalendarRoundTrips(TestDatabases.h2());
  }
}
