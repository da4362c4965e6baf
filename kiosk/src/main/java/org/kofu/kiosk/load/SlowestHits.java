package org.kofu.kiosk.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The request id and time of every cache hit of a run, so that the slowest of them can be set
 * beside the relays' own account of each (their slow-issuance log lines, by request id).
 */
public final class SlowestHits {

  /** A cache hit as the kiosk timed it. */
  public record Hit(String requestId, long nanos) {
    public double ms() {
      return nanos / 1e6;
    }
  }

  private final List<Hit> hits = new ArrayList<>();

  synchronized void add(String requestId, long nanos) {
    hits.add(new Hit(requestId, nanos));
  }

  /** The slowest {@code share} of the hits (at least one when there were any), slowest first. */
  public synchronized List<Hit> slowest(double share) {
    int n = hits.isEmpty() ? 0 : Math.max(1, (int) Math.ceil(hits.size() * share));
    return hits.stream().sorted(Comparator.comparingLong(Hit::nanos).reversed()).limit(n).toList();
  }
}
