package org.kofu.admin.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.admin.AdminProperties;
import org.kofu.projectdb.canary.CanaryIssuances;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Certificates issued per kiosk and per person within the configured window, from the issuance log,
 * against the thresholds ({@code kofu.admin.alerts.*}): many at one kiosk can be a kiosk misused or
 * a fault repeating; many to one person, someone collecting another's certificates. The person is
 * never named here (the issuance log's audited search finds them); kiosks are.
 */
@Component
public class UnusualIssuance {

  /** What the window holds: kiosks over the threshold (busiest first), persons over it, maxima. */
  public record Snapshot(
      List<String> kiosksOver, long personsOver, long maxPerKiosk, long maxPerPerson) {}

  private static final Duration FRESH = Duration.ofSeconds(15);
  private static final String ISSUED =
      " FROM issuance_log WHERE kind = 'CERTIFICATE' AND decision = 'ISSUED' AND occurred_at >= ? AND "
          + CanaryIssuances.NOT_CANARY;

  private final JdbcClient jdbc;
  private final AdminProperties.Alerts alerts;
  private final Clock clock;
  private Snapshot last;
  private Instant lastAt = Instant.MIN;

  UnusualIssuance(DataSource dataSource, AdminProperties properties, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.alerts = properties.alerts();
    this.clock = clock;
  }

  public AdminProperties.Alerts thresholds() {
    return alerts;
  }

  /** The window now; kept for a few seconds, so that scrapes and screens do not query each time. */
  public synchronized Snapshot now() {
    Instant now = clock.instant();
    if (last == null || Duration.between(lastAt, now).compareTo(FRESH) > 0) {
      last = compute(now.minus(alerts.window()));
      lastAt = now;
    }
    return last;
  }

  private Snapshot compute(Instant since) {
    var from = since.atOffset(ZoneOffset.UTC);
    List<String> kiosks =
        jdbc.sql(
                "SELECT kiosk_id"
                    + ISSUED
                    + " GROUP BY kiosk_id HAVING COUNT(*) > ? ORDER BY COUNT(*) DESC, kiosk_id")
            .params(from, alerts.perKiosk())
            .query(String.class)
            .list();
    long maxPerKiosk = max("kiosk_id", from);
    long maxPerPerson = max("person_key", from);
    long personsOver =
        jdbc.sql(
                "SELECT COUNT(*) FROM (SELECT person_key"
                    + ISSUED
                    + " GROUP BY person_key HAVING COUNT(*) > ?) over_threshold")
            .params(from, alerts.perPerson())
            .query(Long.class)
            .single();
    return new Snapshot(kiosks, personsOver, maxPerKiosk, maxPerPerson);
  }

  private long max(String column, Object from) {
    Long max =
        jdbc.sql(
                "SELECT MAX(n) FROM (SELECT COUNT(*) AS n"
                    + ISSUED
                    + " GROUP BY "
                    + column
                    + ") per_"
                    + column)
            .param(from)
            .query(Long.class)
            .optional()
            .orElse(null);
    return max == null ? 0 : max;
  }
}
