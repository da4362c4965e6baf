package org.kofu.projectdb.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.ServiceHours;
import org.quartz.Calendar;
import org.quartz.impl.calendar.AnnualCalendar;
import org.quartz.impl.calendar.HolidayCalendar;

class ClosingCalendarTests {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final LocalDate CONFIGURED = LocalDate.of(2027, 5, 6);

  final AnnualCalendar batchNodes =
      ClosingCalendar.of(
          ServiceHours.DEFAULT,
          List.of(
              new Holiday(LocalDate.of(2027, 5, 3), "憲法記念日", true),
              new Holiday(LocalDate.of(2027, 5, 4), "みどりの日", false)),
          List.of(CONFIGURED),
          TOKYO);

  @Test
  void theYearEndClosingTheClosedHolidaysAndTheConfiguredOnesAreExcluded() {
    assertThat(open(batchNodes, 2026, 12, 28)).isTrue();
    assertThat(open(batchNodes, 2026, 12, 29)).isFalse();
    assertThat(open(batchNodes, 2027, 1, 1)).isFalse();
    assertThat(open(batchNodes, 2027, 1, 3)).isFalse();
    assertThat(open(batchNodes, 2027, 1, 4)).isTrue();
    assertThat(open(batchNodes, 2027, 5, 3)).isFalse();
    assertThat(open(batchNodes, 2027, 5, 4)).isTrue();
    assertThat(open(batchNodes, 2027, 5, 6)).isFalse();
    assertThat(open(batchNodes, 2028, 5, 3)).isTrue();
  }

  @Test
  void theConfiguredHolidaysAreReadBackFromTheCalendar() {
    assertThat(ClosingCalendar.configured(batchNodes)).containsExactly(CONFIGURED);
    assertThat(ClosingCalendar.configured(new HolidayCalendar())).isEmpty();
  }

  @Test
  void replacingTheServicePartKeepsTheConfiguredHolidaysOfTheStoredCalendar() {
    ServiceHours moved =
        new ServiceHours(
            ServiceHours.DEFAULT.opens(),
            ServiceHours.DEFAULT.closes(),
            TOKYO,
            MonthDay.of(12, 28),
            MonthDay.of(1, 4));

    Calendar replaced = ClosingCalendar.replacing(Optional.of(batchNodes), moved, List.of());

    assertThat(open(replaced, 2027, 5, 6)).isFalse();
    assertThat(open(replaced, 2027, 5, 3)).isTrue();
    assertThat(open(replaced, 2027, 12, 28)).isFalse();
    assertThat(open(replaced, 2028, 1, 4)).isFalse();
    assertThat(ClosingCalendar.configured(replaced)).containsExactly(CONFIGURED);
    assertThat(ClosingCalendar.replacing(Optional.empty(), moved, List.of()))
        .satisfies(c -> assertThat(ClosingCalendar.configured(c)).isEmpty());
  }

  @Test
  void theYearEndDaysRunAcrossTheNewYearAsTheServiceViewSetsThem() {
    assertThat(ClosingCalendar.days(MonthDay.of(12, 29), MonthDay.of(1, 3)))
        .containsExactly(
            MonthDay.of(12, 29),
            MonthDay.of(12, 30),
            MonthDay.of(12, 31),
            MonthDay.of(1, 1),
            MonthDay.of(1, 2),
            MonthDay.of(1, 3));
    assertThat(ClosingCalendar.days(MonthDay.of(12, 28), MonthDay.of(12, 31))).hasSize(4);
  }

  @Test
  void theAdminListsTheJobsItLaunchesInItsOrder() {
    assertThat(BatchJob.launchedByHand())
        .containsExactly(
            "fullPregeneration", "deltaPregeneration", "purge", "characterCoverage", "dailyClose");
  }

  private static boolean open(Calendar calendar, int year, int month, int day) {
    LocalDateTime noon = LocalDateTime.of(year, month, day, 12, 0);
    return calendar.isTimeIncluded(noon.atZone(TOKYO).toInstant().toEpochMilli());
  }
}
