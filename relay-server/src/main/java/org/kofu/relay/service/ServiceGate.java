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
import org.kofu.relay.problem.RelayException;
import org.springframework.stereotype.Component;

/**
 * Service hours, the year-end closing, holidays, maintenance and per-type stops, read from the
 * project database on every request so that a switch in the admin UI takes effect at once.
 */
@Component
public class ServiceGate {

  /** When no reopening is known (a stopped type), the center is told to ask again in an hour. */
  private static final Duration UNKNOWN_REOPENING = Duration.ofHours(1);

  private final ServiceCalendar calendar;
  private final Clock clock;

  ServiceGate(DataSource projectDataSource, Clock clock) {
    this.calendar = new ServiceCalendar(projectDataSource);
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
    return closure(calendar.stateAt(now, type.name()), now);
  }

  /**
   * Why each type cannot be issued now, if it cannot, from one reading of the settings; the types
   * that can be issued are absent.
   */
  public Map<CertificateType, RelayException> closures(Collection<CertificateType> types) {
    Instant now = clock.instant();
    ServiceSchedule schedule = calendar.schedule(now);
    Map<CertificateType, RelayException> closed = new EnumMap<>(CertificateType.class);
    for (CertificateType type : types) {
      closure(schedule.stateAt(now, type.name()), now).ifPresent(e -> closed.put(type, e));
    }
    return closed;
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
