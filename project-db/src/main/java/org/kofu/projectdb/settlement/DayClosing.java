package org.kofu.projectdb.settlement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.kofu.projectdb.service.ServiceHours;
import org.kofu.projectdb.service.ServiceScheduleRepository;

/**
 * The daily close's run: closes every day not yet closed up to the last one whose service hours
 * (project-db's {@code service_hours}, in its time zone) ended at least {@code grace} ago, and
 * checks the closed days of a recent window for changes since their close. The grace lets the
 * result notifications of the last prints of the day arrive before the count; one arriving later
 * still is found by the check, never absorbed.
 */
public final class DayClosing {

  private final ServiceScheduleRepository service;
  private final DataSource dataSource;

  public DayClosing(DataSource dataSource) {
    this.dataSource = dataSource;
    this.service = new ServiceScheduleRepository(dataSource);
  }

  /** What one run did. */
  public record Outcome(List<DailyClose.Seal> closed, List<ClosedDayChange> changes) {}

  /**
   * Closes the days due at {@code now}: from the day after the latest close (or the first day on
   * record when nothing was closed yet) to {@link #lastEnded}; then reports the changes in the
   * closed days of the {@code recheck} days up to it.
   */
  public Outcome run(Instant now, Duration grace, int recheck) {
    ServiceHours hours = service.hours();
    DailyCounts counts = new DailyCounts(dataSource, hours.zone());
    DailyClose close = new DailyClose(dataSource, counts);
    LocalDate last = lastEnded(hours, now, grace);
    Optional<LocalDate> first =
        close.latestClosed().map(d -> d.plusDays(1)).or(() -> counts.firstDay());
    List<DailyClose.Seal> closed = new ArrayList<>();
    for (LocalDate day = first.orElse(last.plusDays(1));
        !day.isAfter(last);
        day = day.plusDays(1)) {
      closed.add(close.close(day, now));
    }
    ClosedDayChanges changes = new ClosedDayChanges(dataSource, close, counts);
    List<ClosedDayChange> found = new ArrayList<>();
    for (DailyClose.Seal seal : close.seals(last.minusDays(recheck - 1L), last)) {
      if (closed.stream().noneMatch(c -> c.day().equals(seal.day()))) {
        found.addAll(changes.recordNew(seal.day(), now));
      }
    }
    return new Outcome(closed, found);
  }

  /** The last day whose service hours ended at least {@code grace} before {@code now}. */
  public static LocalDate lastEnded(ServiceHours hours, Instant now, Duration grace) {
    LocalDateTime local = LocalDateTime.ofInstant(now.minus(grace), hours.zone());
    LocalDate day = local.toLocalDate();
    return local.toLocalTime().isBefore(hours.closes()) ? day.minusDays(1) : day;
  }
}
