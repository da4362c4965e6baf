package org.kofu.admin.fees;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.projectdb.settlement.DatedFee;
import org.kofu.projectdb.settlement.FeeSchedule;
import org.kofu.projectdb.settlement.OperatorEditor;
import org.kofu.projectdb.settlement.ScheduleEditor;
import org.kofu.projectdb.settlement.SettlementRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fee and commission schedules and the kiosk-to-operator mapping: anyone signed in reads them,
 * only an officer changes them, and every change is on the audit chain in the same transaction.
 * Schedule rows are added ahead by at least {@link ScheduleEditor#LEAD}, never edited once near or
 * in force (the relays charge them).
 */
@Service
public class MoneySettings {

  private final ScheduleEditor schedules;
  private final OperatorEditor operators;
  private final SettlementRepository settlement;
  private final AuditTrail audit;
  private final Clock clock;

  MoneySettings(DataSource dataSource, AuditTrail audit, Clock clock) {
    this.schedules = new ScheduleEditor(dataSource);
    this.operators = new OperatorEditor(dataSource);
    this.settlement = new SettlementRepository(dataSource);
    this.audit = audit;
    this.clock = clock;
  }

  public Instant now() {
    return clock.instant();
  }

  public List<ScheduleEditor.FeeRow> fees() {
    return schedules.feeRows();
  }

  /** The schedule as the relays read it, for what is in force. */
  public FeeSchedule feeSchedule() {
    return FeeSchedule.of(settlement.fees());
  }

  public List<ScheduleEditor.CommissionRow> commissions() {
    return schedules.commissionRows();
  }

  public List<OperatorEditor.Operator> operators() {
    return operators.operators();
  }

  public List<OperatorEditor.Prefix> prefixes() {
    return operators.prefixes();
  }

  public List<OperatorEditor.Kiosk> kiosks() {
    return operators.kiosks();
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void addFee(String type, Instant from, int yen) {
    schedules.addFee(new DatedFee(type, from, yen), CurrentUser.login(), clock.instant());
    audit.record("FEE_SCHEDULED", type + " " + yen + " yen from " + from);
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void withdrawFee(String type, Instant from) {
    if (schedules.withdrawFee(type, from, clock.instant())) {
      audit.record("FEE_WITHDRAWN", type + " from " + from);
    }
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void addCommission(String operator, Instant from, int yenPerCopy) {
    schedules.addCommission(operator, from, yenPerCopy, CurrentUser.login(), clock.instant());
    audit.record("COMMISSION_SCHEDULED", operator + " " + yenPerCopy + " yen/copy from " + from);
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void withdrawCommission(String operator, Instant from) {
    if (schedules.withdrawCommission(operator, from, clock.instant())) {
      audit.record("COMMISSION_WITHDRAWN", operator + " from " + from);
    }
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void saveOperator(String code, String name) {
    operators.saveOperator(new OperatorEditor.Operator(code, name));
    audit.record("OPERATOR_SAVED", code + " " + name);
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void savePrefix(String prefix, String operator) {
    operators.savePrefix(new OperatorEditor.Prefix(prefix, operator));
    audit.record("KIOSK_PREFIX_SAVED", prefix + " -> " + operator);
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void deletePrefix(String prefix) {
    if (operators.deletePrefix(prefix)) {
      audit.record("KIOSK_PREFIX_DELETED", prefix);
    }
  }
}
