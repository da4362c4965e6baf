package org.kofu.bench.pregenerate;

import java.util.ArrayList;
import java.util.List;

/**
 * The delta lag figures of {@link DeltaLag}'s measurement: a change that never became fresh counts
 * as an infinite lag, so the p99 cannot look better for the changes it lost.
 *
 * @param lags the lags in ms of the changes that became fresh
 * @param changes the changes committed
 */
record LagFigures(List<Long> lags, int changes) {

  LagFigures {
    lags = List.copyOf(lags);
  }

  /** Changes whose cached body never became fresh within the wait. */
  int missing() {
    return Math.max(0, changes - lags.size());
  }

  /** The 99th percentile in ms, empty when it falls on a missing (infinite) change. */
  java.util.OptionalLong p99() {
    List<Long> sorted = new ArrayList<>(lags);
    sorted.sort(null);
    int rank = (int) Math.ceil(changes * 0.99) - 1;
    return rank < sorted.size() && rank >= 0
        ? java.util.OptionalLong.of(sorted.get(rank))
        : java.util.OptionalLong.empty();
  }

  /** The figure lines the bench prints last. */
  List<String> lines() {
    java.util.OptionalLong p99 = p99();
    return List.of(
        "delta lag p99 ms: " + (p99.isPresent() ? Long.toString(p99.getAsLong()) : "infinite"),
        "delta lag missing: " + missing());
  }
}
