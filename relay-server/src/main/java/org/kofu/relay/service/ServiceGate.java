package org.kofu.relay.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.kofu.core.certificate.CertificateType;
import org.kofu.projectdb.service.ClosedReason;
import org.kofu.projectdb.service.ServiceCalendar;
import org.kofu.projectdb.service.ServiceSchedule;
import org.kofu.projectdb.service.ServiceState;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.problem.RelayException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Service hours, the year-end closing, holidays, maintenance and per-type stops from the project
 * database. The settings are read again when the last reading is older than {@code
 * kofu.relay.service-calendar-max-age} (default 1 s): a switch in the admin UI takes effect within
 * that, and a request does not pay four queries for settings that change a few times a year. Hours,
 * closings and windows are evaluated against the clock on every request whatever the age of the
 * reading, so a window or a closing hour begins and ends on time.
 */
@Component
public class ServiceGate {

  /** When no reopening is known (a stopped type), the center is told to ask again in an hour. */
  private static final Duration UNKNOWN_REOPENING = Duration.ofHours(1);

  private final ServiceCalendar calendar;
  private final Duration maxAge;
  private final Clock clock;
  private volatile Reading last;

  @Autowired
  ServiceGate(DataSource projectDataSource, RelayProperties properties, Clock clock) {
    this(new ServiceCalendar(projectDataSource), properties.serviceCalendarMaxAge(), clock);
  }

  ServiceGate(ServiceCalendar calendar, Duration maxAge, Clock clock) {
    this.calendar = calendar;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** Passes when {@code type} can be issued now, else 503 with Retry-After. */
  public void requireOpen(CertificateType type) {
    closure(type)
        .ifPresent(
            e -> {
              throw e;
            });
  }

  /** Why {@code type} cannot be issued now, if it cannot. */
  public Optional<RelayException> closure(CertificateType type) {
    Instant now = clock.instant();
    return closure(schedule(now).stateAt(now, type.name()), now);
  }

  /**
   * Why each type cannot be issued now, if it cannot, from one reading of the settings; the types
   * that can be issued are absent.
   */
  public Map<CertificateType, RelayException> closures(Collection<CertificateType> types) {
    Instant now = clock.instant();
    ServiceSchedule schedule = schedule(now);
    Map<CertificateType, RelayException> closed = new EnumMap<>(CertificateType.class);
    for (CertificateType type : types) {
      closure(schedule.stateAt(now, type.name()), now).ifPresent(e -> closed.put(type, e));
    }
    return closed;
  }

  /** The settings as last read, or read now when that reading is too old (or from the future). */
  private ServiceSchedule schedule(Instant now) {
    Reading reading = last;
    if (reading == null || !reading.freshAt(now, maxAge)) {
      // a failed read throws: the request is refused as when every request read the settings
      reading = new Reading(calendar.schedule(now), now);
      last = reading;
    }
    return reading.schedule();
  }

  /** The settings read at an instant (its maintenance windows: those not ended by then). */
  private record Reading(ServiceSchedule schedule, Instant readAt) {
    boolean freshAt(Instant now, Duration maxAge) {
      return !now.isBefore(readAt) && now.isBefore(readAt.plus(maxAge));
    }
  }

  private static Optional<RelayException> closure(ServiceState state, Instant now) {
    if (state instanceof ServiceState.Maintenance m) {
      return Optional.of(
          RelayException.unavailable(
              "MAINTENANCE", "maintenance in progress", retry(now, m.until())));
    }
    if (state instanceof ServiceState.Closed c) {
      return Optional.of(
          RelayException.unavailable(
              "OUT_OF_SERVICE_HOURS", detail(c.reason()), retry(now, c.retryAfter())));
    }
    return Optional.empty();
  }

  private static String detail(ClosedReason reason) {
    return "closed: " + reason.name().toLowerCase().replace('_', ' ');
  }

  private static Duration retry(Instant now, Instant until) {
    if (until == null) {
      return UNKNOWN_REOPENING;
    }
    Duration wait = Duration.between(now, until);
    return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
  }
}
