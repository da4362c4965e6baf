package org.kofu.batch.delta;

import java.time.Duration;
import java.time.Instant;
import java.util.NavigableMap;

/**
 * The delta job's position in a journal. {@code seq} is taken when a row is written, not when its
 * transaction commits, so a gap below a seen seq may still fill: a single "highest seq seen" would
 * skip it for ever. The position is therefore a low watermark (every seq at or below it processed
 * or given up) plus the set of processed seqs above it; each run reads everything above the low
 * watermark and skips the seen ones. A gap is given up only once the row after it was written more
 * than {@code horizon} ago: a transaction open that long (or rolled back, which leaves a gap for
 * ever) is the one thing missed, and the horizon is chosen far above the existing systems' longest
 * transaction.
 */
final class Watermarks {

  private Watermarks() {}

  /**
   * The new low watermark.
   *
   * @param seen processed seqs above {@code low}, with when each row was written
   */
  static long advance(long low, NavigableMap<Long, Instant> seen, Instant now, Duration horizon) {
    Instant givenUpBefore = now.minus(horizon);
    long next = low;
    for (var entry : seen.tailMap(low, false).entrySet()) {
      long seq = entry.getKey();
      if (seq != next + 1 && !entry.getValue().isBefore(givenUpBefore)) {
        break;
      }
      next = seq;
    }
    return next;
  }
}
