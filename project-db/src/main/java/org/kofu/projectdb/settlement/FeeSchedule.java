package org.kofu.projectdb.settlement;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The fees in force at any instant: for each type, the row with the latest {@code effectiveFrom}
 * not after the instant. Immutable, so a relay can swap in a new one when the schedule changes and
 * a request in flight keeps the one it started with.
 */
public final class FeeSchedule {

  private final Map<String, NavigableMap<Instant, Integer>> byType;

  private FeeSchedule(Map<String, NavigableMap<Instant, Integer>> byType) {
    this.byType = byType;
  }

  public static FeeSchedule of(Collection<DatedFee> fees) {
    Map<String, NavigableMap<Instant, Integer>> byType = new HashMap<>();
    for (DatedFee fee : fees) {
      Integer earlier =
          byType
              .computeIfAbsent(fee.certificateType(), t -> new TreeMap<>())
              .put(fee.effectiveFrom(), fee.feeYen());
      if (earlier != null) {
        throw new IllegalArgumentException(
            "two fees for " + fee.certificateType() + " from " + fee.effectiveFrom());
      }
    }
    return new FeeSchedule(byType);
  }

  /** The fee per copy in force at {@code at}; empty when the type has no fee yet then. */
  public OptionalInt feeAt(String certificateType, Instant at) {
    NavigableMap<Instant, Integer> fees = byType.get(certificateType);
    Map.Entry<Instant, Integer> inForce = fees == null ? null : fees.floorEntry(at);
    return inForce == null ? OptionalInt.empty() : OptionalInt.of(inForce.getValue());
  }
}
