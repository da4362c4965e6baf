package org.kofu.projectdb.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** All SQL of the service calendar's tables (migration V1_3). */
public class ServiceScheduleRepository {

  private final JdbcClient jdbc;

  public ServiceScheduleRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** The schedule with the maintenance windows that have not ended by {@code from}. */
  public ServiceSchedule load(Instant from) {
    return ServiceSchedule.of(hours(), holidays(), rules(), windowsEndingAfter(from));
  }

  public ServiceHours hours() {
    return jdbc.sql(
            "SELECT opens_at, closes_at, time_zone, year_end_from, year_end_to FROM service_hours")
        .query(
            (rs, row) ->
                new ServiceHours(
                    rs.getObject(1, LocalTime.class),
                    rs.getObject(2, LocalTime.class),
                    ZoneId.of(rs.getString(3)),
                    MonthDay.parse("--" + rs.getString(4).trim()),
                    MonthDay.parse("--" + rs.getString(5).trim())))
        .single();
  }

  public void saveHours(ServiceHours hours) {
    jdbc.sql(
            "UPDATE service_hours SET opens_at = ?, closes_at = ?, time_zone = ?,"
                + " year_end_from = ?, year_end_to = ? WHERE id = 1")
        .params(
            hours.opens(),
            hours.closes(),
            hours.zone().getId(),
            hours.yearEndFrom().toString().substring(2),
            hours.yearEndTo().toString().substring(2))
        .update();
  }

  public List<Holiday> holidays() {
    return jdbc.sql("SELECT holiday, name, closed FROM service_holiday ORDER BY holiday")
        .query(
            (rs, row) ->
                new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBoolean(3)))
        .list();
  }

  public void saveHoliday(Holiday holiday) {
    jdbc.sql("DELETE FROM service_holiday WHERE holiday = ?").param(holiday.day()).update();
    jdbc.sql("INSERT INTO service_holiday (holiday, name, closed) VALUES (?, ?, ?)")
        .params(holiday.day(), holiday.name(), holiday.closed())
        .update();
  }

  public void deleteHoliday(LocalDate day) {
    jdbc.sql("DELETE FROM service_holiday WHERE holiday = ?").param(day).update();
  }

  public List<TypeRule> rules() {
    return jdbc.sql(
            "SELECT certificate_type, stopped, weekdays_only, opens_at, closes_at, note"
                + " FROM service_type_rule ORDER BY certificate_type")
        .query(
            (rs, row) ->
                new TypeRule(
                    rs.getString(1),
                    rs.getBoolean(2),
                    rs.getBoolean(3),
                    rs.getObject(4, LocalTime.class),
                    rs.getObject(5, LocalTime.class),
                    rs.getString(6)))
        .list();
  }

  public void saveRule(TypeRule rule) {
    jdbc.sql("DELETE FROM service_type_rule WHERE certificate_type = ?")
        .param(rule.certificateType())
        .update();
    jdbc.sql(
            "INSERT INTO service_type_rule (certificate_type, stopped, weekdays_only, opens_at,"
                + " closes_at, note) VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            rule.certificateType(),
            rule.stopped(),
            rule.weekdaysOnly(),
            rule.opens(),
            rule.closes(),
            rule.note())
        .update();
  }

  public List<MaintenanceWindow> windowsEndingAfter(Instant from) {
    return jdbc.sql(
            "SELECT id, starts_at, ends_at, reason, announced_at, announced_by, cancelled"
                + " FROM maintenance_window WHERE ends_at > ? ORDER BY starts_at")
        .param(utc(from))
        .query((rs, row) -> window(rs))
        .list();
  }

  /** Stores a new window and returns its id; the announcement is the caller's to log. */
  public long addWindow(MaintenanceWindow window) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO maintenance_window (starts_at, ends_at, reason, announced_at,"
                + " announced_by, cancelled) VALUES (?, ?, ?, ?, ?, FALSE)")
        .params(
            utc(window.startsAt()),
            utc(window.endsAt()),
            window.reason(),
            utc(window.announcedAt()),
            window.announcedBy())
        .update(key, "id");
    return key.getKeyAs(Long.class);
  }

  public void cancelWindow(long id) {
    jdbc.sql("UPDATE maintenance_window SET cancelled = TRUE WHERE id = ?").param(id).update();
  }

  private static MaintenanceWindow window(ResultSet rs) throws SQLException {
    return new MaintenanceWindow(
        rs.getLong(1),
        rs.getObject(2, OffsetDateTime.class).toInstant(),
        rs.getObject(3, OffsetDateTime.class).toInstant(),
        rs.getString(4),
        rs.getObject(5, OffsetDateTime.class).toInstant(),
        rs.getString(6),
        rs.getBoolean(7));
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
