package org.kofu.admin.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.jobs.ClosingCalendar;
import org.kofu.projectdb.jobs.QuartzKeys;
import org.kofu.projectdb.service.Holiday;
import org.kofu.projectdb.service.ServiceHours;
import org.quartz.Calendar;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class ClosingCalendarSyncTests {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final LocalDate CONFIGURED_HOLIDAY = LocalDate.of(2027, 5, 6);
  static final LocalDate SERVICE_HOLIDAY = LocalDate.of(2027, 5, 3);

  final QuartzStore store = new QuartzStore(migrated(), properties());
  final ClosingCalendarSync sync = new ClosingCalendarSync(store);

  ClosingCalendarSyncTests() throws Exception {}

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  @Test
  void aPublishKeepsTheHolidaysABatchNodeHasInItsConfiguration() throws Exception {
    // as a batch node with kofu.batch.schedule.holidays=2027-05-06 stores it at start
    store
        .scheduler()
        .addCalendar(
            QuartzKeys.CLOSING_CALENDAR,
            ClosingCalendar.of(ServiceHours.DEFAULT, List.of(), List.of(CONFIGURED_HOLIDAY), TOKYO),
            true,
            true);

    boolean written =
        sync.publish(ServiceHours.DEFAULT, List.of(new Holiday(SERVICE_HOLIDAY, "憲法記念日", true)));

    assertThat(written).isTrue();
    Calendar stored = sync.stored().orElseThrow();
    assertThat(open(stored, SERVICE_HOLIDAY)).isFalse();
    assertThat(open(stored, CONFIGURED_HOLIDAY)).isFalse();
    assertThat(open(stored, LocalDate.of(2027, 12, 30))).isFalse();
    assertThat(open(stored, LocalDate.of(2027, 5, 7))).isTrue();
  }

  @Test
  void aHolidayNoLongerClosedInTheServiceViewOpensAgain() throws Exception {
    sync.publish(ServiceHours.DEFAULT, List.of(new Holiday(SERVICE_HOLIDAY, "憲法記念日", true)));

    sync.publish(ServiceHours.DEFAULT, List.of(new Holiday(SERVICE_HOLIDAY, "憲法記念日", false)));

    assertThat(open(sync.stored().orElseThrow(), SERVICE_HOLIDAY)).isTrue();
  }

  @Test
  void theYearEndClosingFollowsTheServiceView() throws Exception {
    ServiceHours moved =
        new ServiceHours(
            ServiceHours.DEFAULT.opens(),
            ServiceHours.DEFAULT.closes(),
            TOKYO,
            MonthDay.of(12, 28),
            MonthDay.of(1, 4));

    sync.publish(moved, List.of());

    Calendar stored = sync.stored().orElseThrow();
    assertThat(open(stored, LocalDate.of(2027, 12, 27))).isTrue();
    assertThat(open(stored, LocalDate.of(2027, 12, 28))).isFalse();
    assertThat(open(stored, LocalDate.of(2028, 1, 4))).isFalse();
    assertThat(open(stored, LocalDate.of(2028, 1, 5))).isTrue();
  }

  private static boolean open(Calendar calendar, LocalDate day) {
    LocalDateTime noon = day.atTime(12, 0);
    return calendar.isTimeIncluded(noon.atZone(TOKYO).toInstant().toEpochMilli());
  }

  private static DataSource migrated() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    DataSource dataSource = new DriverManagerDataSource(url, "sa", "");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/project", "classpath:db/project-h2")
        .load()
        .migrate();
    return dataSource;
  }

  private static JobsProperties properties() {
    return new JobsProperties("kofu-batch-" + UUID.randomUUID(), Duration.ofSeconds(1), 10);
  }
}
