package org.kofu.kiosk.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Response times in microseconds, kept whole so that percentiles are exact (nearest rank), each
 * with its request id, so that the slowest can be set beside the relays' own account of each (their
 * slow-issuance log lines, by request id).
 */
public final class Latencies {

  /** A response as the kiosk timed it. */
  public record Hit(String requestId, long micros) {
    public double ms() {
      return micros / 1000.0;
    }
  }

  private long[] micros = new long[1024];
  private String[] requestIds = new String[1024];
  private int count;

  synchronized void add(String requestId, long nanos) {
    if (count == micros.length) {
      micros = Arrays.copyOf(micros, count * 2);
      requestIds = Arrays.copyOf(requestIds, count * 2);
    }
    requestIds[count] = requestId;
    micros[count++] = nanos / 1_000;
  }

  /** The responses of several parts together. */
  static Latencies of(Collection<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      synchronized (part) {
        for (int i = 0; i < part.count; i++) {
          all.add(part.requestIds[i], part.micros[i] * 1_000);
        }
      }
    }
    return all;
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

  /**
   * The slowest {@code share} of the responses (at least one when there were any), slowest first.
   */
  public synchronized List<Hit> slowest(double share) {
    int n = count == 0 ? 0 : Math.max(1, (int) Math.ceil(count * share));
    List<Hit> all = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      all.add(new Hit(requestIds[i], micros[i]));
    }
    all.sort(Comparator.comparingLong(Hit::micros).reversed());
    return List.copyOf(all.subList(0, n));
  }
}
