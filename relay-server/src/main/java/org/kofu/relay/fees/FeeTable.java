package org.kofu.relay.fees;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.kofu.core.certificate.CertificateType;
import org.kofu.projectdb.settlement.CommissionSchedule;
import org.kofu.projectdb.settlement.FeeSchedule;
import org.kofu.projectdb.settlement.OperatorMapping;
import org.kofu.projectdb.settlement.ScheduleEditor;
import org.kofu.projectdb.settlement.SettlementRepository;
import org.kofu.relay.RelayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The fee, the operator and the commission of a request at its {@code requestedAt}, from the
 * project database's schedules (V15_1, V21_1). Each node keeps a reading and reads again when it is
 * older than {@code kofu.relay.fee-schedule.refresh}, so an officer's change reaches every node
 * without a restart. Since the admin records a row at least {@link ScheduleEditor#LEAD} before it
 * takes effect, a reading made at {@code t} holds every row in force before {@code t + LEAD}; this
 * node relies on it for a {@code requestedAt} up to half the lead after its reading (the other half
 * is the margin for the clocks of the center, the admin and this node), and reads again for a later
 * one. So two nodes charge the same fee for the same {@code requestedAt}, whichever answers. A type
 * with no row in force then is charged its configured fee ({@code kofu.relay.fees}).
 */
@Component
public class FeeTable {

  private static final Logger log = LoggerFactory.getLogger(FeeTable.class);
  private static final Duration RELIED_ON = ScheduleEditor.LEAD.dividedBy(2);

  private final SettlementRepository settlement;
  private final RelayProperties relay;
  private final Duration refresh;
  private final Clock clock;
  private volatile Reading last;

  @Autowired
  FeeTable(
      DataSource projectDataSource,
      RelayProperties relay,
      FeeScheduleProperties properties,
      Clock clock) {
    this(new SettlementRepository(projectDataSource), relay, properties.refresh(), clock);
  }

  FeeTable(SettlementRepository settlement, RelayProperties relay, Duration refresh, Clock clock) {
    this.settlement = settlement;
    this.relay = relay;
    this.refresh = refresh;
    this.clock = clock;
  }

  /** The fee per copy of {@code type} in force at {@code requestedAt}. */
  public int feeAt(CertificateType type, Instant requestedAt) {
    return feeAt(reading(requestedAt), type, requestedAt);
  }

  /** What a request from {@code kioskId} for {@code type} at {@code requestedAt} is charged. */
  public Charge charge(CertificateType type, String kioskId, Instant requestedAt) {
    Reading reading = reading(requestedAt);
    String operator = reading.operators().operatorOf(kioskId);
    return new Charge(
        feeAt(reading, type, requestedAt),
        operator,
        reading.commissions().perCopy(operator, requestedAt));
  }

  private int feeAt(Reading reading, CertificateType type, Instant requestedAt) {
    return reading.fees().feeAt(type.name(), requestedAt).orElseGet(() -> relay.fee(type));
  }

  private Reading reading(Instant requestedAt) {
    Instant now = clock.instant();
    Reading reading = last;
    if (reading != null && reading.freshAt(now, refresh) && reading.holds(requestedAt)) {
      return reading;
    }
    try {
      reading =
          new Reading(
              FeeSchedule.of(settlement.fees()),
              settlement.commissions(),
              settlement.operatorMapping(),
              now);
      last = reading;
      return reading;
    } catch (DataAccessException e) {
      if (reading != null && reading.holds(requestedAt)) {
        // still complete for this requestedAt: the schedules cannot have changed for it
        log.warn("fee schedule not read again, the last reading holds: {}", e.getMessage());
        return reading;
      }
      throw e;
    }
  }

  /** The schedules and the mapping as read at {@code readAt}. */
  private record Reading(
      FeeSchedule fees, CommissionSchedule commissions, OperatorMapping operators, Instant readAt) {

    boolean freshAt(Instant now, Duration maxAge) {
      return !now.isBefore(readAt) && now.isBefore(readAt.plus(maxAge));
    }

    boolean holds(Instant requestedAt) {
      return requestedAt.isBefore(readAt.plus(RELIED_ON));
    }
  }
}
