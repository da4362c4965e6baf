package org.kofu.kiosk.load;

import java.util.Arrays;

/** Response times in microseconds, kept whole so that percentiles are exact (nearest rank). */
public final class Latencies {

  private long[] micros = new long[1024];
  private int count;

  synchronized void add(long nanos) {
    if (count == micros.length) {
      micros = Arrays.copyOf(micros, count * 2);
    }
    micros[count++] = nanos / 1_000;
  }

  public synchronized int count() {
    return count;
  }

  /** The {@code p}-th percentile in milliseconds (nearest rank); 0 when empty. */
  public synchronized double percentileMs(double p) {
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(micros, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * count);
    return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1000.0;
  }
}
