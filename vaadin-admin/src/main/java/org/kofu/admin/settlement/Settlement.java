package org.kofu.admin.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.projectdb.settlement.ClosedDayChange;
import org.kofu.projectdb.settlement.ClosedDayChanges;
import org.kofu.projectdb.settlement.DailyClose;
import org.kofu.projectdb.settlement.DailyCounts;
import org.kofu.projectdb.settlement.MonthlySettlement;
import org.springframework.stereotype.Service;

/**
 * What the 精算 view reads: the batch's closes ({@code daily_close}), the changes it found since
 * ({@code daily_close_change}) and the month built from the sealed closes. Read only: the admin
 * never closes a day nor counts one again; it checks each seal against its stored counts.
 */
@Service
public class Settlement {

  /** The settlement's days are days in Tokyo, as the close's. */
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final DailyClose close;
  private final ClosedDayChanges changes;
  private final MonthlySettlement monthly;
  private final AuditTrail audit;
  private final Clock clock;

  Settlement(DataSource dataSource, AuditTrail audit, Clock clock) {
    DailyCounts counts = new DailyCounts(dataSource, TOKYO);
    this.close = new DailyClose(dataSource, counts);
    this.changes = new ClosedDayChanges(dataSource, close, counts);
    this.monthly = new MonthlySettlement(dataSource, close, changes);
    this.audit = audit;
    this.clock = clock;
  }

  /** A closed day: its seal, whether its stored counts still hash to it, the changes found. */
  public record ClosedDay(DailyClose.Seal seal, boolean intact, long changes) {}

  public Instant now() {
    return clock.instant();
  }

  public YearMonth thisMonth() {
    return YearMonth.now(clock.withZone(TOKYO));
  }

  public List<ClosedDay> closedDays(YearMonth month) {
    List<ClosedDayChange> found = changes(month);
    return close.seals(month.atDay(1), month.atEndOfMonth()).stream()
        .map(
            seal ->
                new ClosedDay(
                    seal,
                    close.sealIntact(seal.day()),
                    found.stream().filter(c -> c.key().day().equals(seal.day())).count()))
        .toList();
  }

  public List<ClosedDayChange> changes(YearMonth month) {
    return changes.reported(month.atDay(1), month.atEndOfMonth());
  }

  public MonthlySettlement.Report report(YearMonth month) {
    return monthly.of(month);
  }

  /** The month's PDF or CSV was downloaded: an audit record, as every export. */
  void downloaded(YearMonth month, String format) {
    audit.record("SETTLEMENT_DOWNLOADED", "month=" + month + " format=" + format);
  }
}
