package org.kofu.cache.internal;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What invalidations of one person have established: for some source rows, the lowest version a
 * body may have been made from, and a time at or before which no body may have been made at all.
 * Raising is a pointwise maximum, so applying invalidations in any order, twice, or on both sides
 * of a split gives the same result.
 *
 * @param rows "schema.table:key" to the lowest acceptable version
 * @param floorMillis bodies made at or before this instant (epoch millis) are refused
 */
public record Watermark(SortedMap<String, Long> rows, long floorMillis) {

  public static final Watermark NONE = new Watermark(new TreeMap<>(), Long.MIN_VALUE);

  public Watermark {
    rows = Collections.unmodifiableSortedMap(new TreeMap<>(rows));
  }

  public static Watermark ofRows(Map<String, Long> rows) {
    return new Watermark(new TreeMap<>(rows), Long.MIN_VALUE);
  }

  public static Watermark ofFloor(long floorMillis) {
    return new Watermark(new TreeMap<>(), floorMillis);
  }

  /** Whether a body made from {@code sources} at {@code madeAtMillis} is known to be stale. */
  public boolean refuses(Map<String, Long> sources, long madeAtMillis) {
    if (madeAtMillis <= floorMillis) {
      return true;
    }
    return sources.entrySet().stream()
        .anyMatch(e -> rows.containsKey(e.getKey()) && e.getValue() < rows.get(e.getKey()));
  }

  public Watermark raise(Watermark other) {
    TreeMap<String, Long> merged = new TreeMap<>(rows);
    other.rows.forEach((row, version) -> merged.merge(row, version, Math::max));
    return new Watermark(merged, Math.max(floorMillis, other.floorMillis));
  }

  public boolean isNone() {
    return rows.isEmpty() && floorMillis == Long.MIN_VALUE;
  }
}
