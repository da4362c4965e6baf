package org.kofu.projectdb.settlement;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The 交付委託手数料 per printed copy in force at an instant: the operator's own contract where it has a
 * row in force, else the rate for every operator ({@link #EVERY_OPERATOR}), else none.
 */
public final class CommissionSchedule {

  /** The operator code of the rate for operators without a contract of their own. */
  public static final String EVERY_OPERATOR = "*";

  private final Map<String, NavigableMap<Instant, Integer>> byOperator = new HashMap<>();

  /** Adds a rate from {@code effectiveFrom} on. */
  public CommissionSchedule with(String operator, Instant effectiveFrom, int yenPerCopy) {
    byOperator.computeIfAbsent(operator, o -> new TreeMap<>()).put(effectiveFrom, yenPerCopy);
    return this;
  }

  public int perCopy(String operator, Instant at) {
    Integer own = inForce(operator, at);
    if (own != null) {
      return own;
    }
    Integer every = inForce(EVERY_OPERATOR, at);
    return every == null ? 0 : every;
  }

  private Integer inForce(String operator, Instant at) {
    NavigableMap<Instant, Integer> rates = byOperator.get(operator);
    Map.Entry<Instant, Integer> rate = rates == null ? null : rates.floorEntry(at);
    return rate == null ? null : rate.getValue();
  }
}
