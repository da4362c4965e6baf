package org.kofu.projectdb.settlement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A statement against the city's record, per day, operator and type: the lines where copies or fees
 * differ, and those present on one side only. Lines that agree are not listed.
 */
public final class Reconciliation {

  private Reconciliation() {}

  /** How a line of the two sides disagrees. */
  public enum Kind {
    ONLY_IN_STATEMENT,
    ONLY_IN_RECORD,
    DIFFERENT
  }

  /** A line that disagrees; a side's row is null where that side has no such line. */
  public record Difference(
      SettlementKey key, Kind kind, StatementRow statement, StatementRow record) {

    public boolean copiesDiffer() {
      return statement == null || record == null || statement.copies() != record.copies();
    }

    public boolean feesDiffer() {
      return statement == null || record == null || statement.feeYen() != record.feeYen();
    }
  }

  public static List<Difference> compare(
      Collection<StatementRow> statement, Collection<StatementRow> record) {
    Map<SettlementKey, StatementRow> theirs = byKey(statement);
    Map<SettlementKey, StatementRow> ours = byKey(record);
    TreeSet<SettlementKey> keys = new TreeSet<>(theirs.keySet());
    keys.addAll(ours.keySet());
    List<Difference> differences = new ArrayList<>();
    for (SettlementKey key : keys) {
      StatementRow their = theirs.get(key);
      StatementRow our = ours.get(key);
      if (our == null) {
        differences.add(new Difference(key, Kind.ONLY_IN_STATEMENT, their, null));
      } else if (their == null) {
        differences.add(new Difference(key, Kind.ONLY_IN_RECORD, null, our));
      } else if (their.copies() != our.copies() || their.feeYen() != our.feeYen()) {
        differences.add(new Difference(key, Kind.DIFFERENT, their, our));
      }
    }
    return differences;
  }

  private static Map<SettlementKey, StatementRow> byKey(Collection<StatementRow> rows) {
    return rows.stream()
        .collect(
            Collectors.toMap(
                StatementRow::key,
                Function.identity(),
                (a, b) -> {
                  throw new IllegalArgumentException("two rows for " + a.key());
                },
                TreeMap::new));
  }
}
