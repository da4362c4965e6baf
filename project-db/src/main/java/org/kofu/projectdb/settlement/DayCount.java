package org.kofu.projectdb.settlement;

/**
 * The city's own count of a day, operator and type: printed issuances, their copies, the fees
 * charged for them and the 交付委託手数料 owed to the operator.
 */
public record DayCount(
    SettlementKey key, long certificates, long copies, long feesYen, long commissionYen) {

  /** The line as a statement would give it, for {@link Reconciliation}. */
  public StatementRow asStatementRow() {
    return new StatementRow(key, copies, feesYen);
  }
}
