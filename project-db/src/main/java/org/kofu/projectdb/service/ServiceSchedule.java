package org.kofu.projectdb.service;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the calendar decides from; {@link #stateAt} is pure, so it is tested without a DB. */
public record ServiceSchedule(
    ServiceHours hours,
    Map<LocalDate, Holiday> holidays,
    Map<String, TypeRule> rules,
    List<MaintenanceWindow> windows) {

  private static final int DAYS_AHEAD = 400;

  public ServiceSchedule {
    holidays = Map.copyOf(holidays);
    rules = Map.copyOf(rules);
    windows = List.copyOf(windows);
  }

  public static ServiceSchedule of(
      ServiceHours hours,
      List<Holiday> holidays,
      List<TypeRule> rules,
      List<MaintenanceWindow> windows) {
    return new ServiceSchedule(
        hours,
        holidays.stream().collect(Collectors.toMap(Holiday::day, Function.identity())),
        rules.stream().collect(Collectors.toMap(TypeRule::certificateType, Function.identity())),
        windows);
  }

  public ServiceState stateAt(Instant instant, String certificateType) {
    Optional<Instant> maintenance = maintenanceUntil(instant);
    if (maintenance.isPresent()) {
      return new ServiceState.Maintenance(maintenance.get());
    }
    TypeRule rule = rules.getOrDefault(certificateType, TypeRule.open(certificateType));
    ZonedDateTime local = instant.atZone(hours.zone());
    Optional<ClosedReason> reason = dayClosed(local.toLocalDate(), rule);
    if (reason.isEmpty()) {
      boolean inHours =
          !local.toLocalTime().isBefore(rule.opensOr(hours.opens()))
              && local.toLocalTime().isBefore(rule.closesOr(hours.closes()));
      reason = inHours ? Optional.empty() : Optional.of(ClosedReason.OUTSIDE_HOURS);
    }
    if (reason.isEmpty()) {
      return new ServiceState.Open();
    }
    Instant retry = reason.get() == ClosedReason.STOPPED ? null : nextOpening(instant, rule);
    return new ServiceState.Closed(reason.get(), retry);
  }

  private Optional<ClosedReason> dayClosed(LocalDate date, TypeRule rule) {
    Holiday holiday = holidays.get(date);
    ClosedReason reason = null;
    if (hours.isYearEnd(date)) {
      reason = ClosedReason.YEAR_END;
    } else if (holiday != null && holiday.closed()) {
      reason = ClosedReason.HOLIDAY;
    } else if (rule.stopped()) {
      reason = ClosedReason.STOPPED;
    } else if (rule.weekdaysOnly() && (isWeekend(date) || holiday != null)) {
      reason = ClosedReason.WEEKDAYS_ONLY;
    }
    return Optional.ofNullable(reason);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private Instant nextOpening(Instant after, TypeRule rule) {
    LocalDate day = after.atZone(hours.zone()).toLocalDate();
    for (int i = 0; i < DAYS_AHEAD; i++, day = day.plusDays(1)) {
      Instant opening = day.atTime(rule.opensOr(hours.opens())).atZone(hours.zone()).toInstant();
      if (opening.isAfter(after) && dayClosed(day, rule).isEmpty()) {
        return maintenanceUntil(opening).orElse(opening);
      }
    }
    return null;
  }

  /** The end of the maintenance running at the instant, following windows that overlap it. */
  private Optional<Instant> maintenanceUntil(Instant instant) {
    Instant until = null;
    boolean extended = true;
    while (extended) {
      extended = false;
      Instant probe = until == null ? instant : until;
      for (MaintenanceWindow window : windows) {
        if (window.covers(probe) && (until == null || window.endsAt().isAfter(until))) {
          until = window.endsAt();
          extended = true;
        }
      }
    }
    return Optional.ofNullable(until);
  }
}
