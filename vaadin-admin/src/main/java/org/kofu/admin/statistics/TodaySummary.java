package org.kofu.admin.statistics;

import java.util.List;

/** Today's issued certificates by type and source, for the dashboard. */
public record TodaySummary(List<SourceCount> counts) {

  public TodaySummary {
    counts = List.copyOf(counts);
  }

  public long total() {
    return counts.stream().mapToLong(SourceCount::count).sum();
  }

  /** Share of issuances served from the cache, 0–1; null when nothing was issued. */
  public Double cacheHitRatio() {
    long total = total();
    long cached =
        counts.stream().filter(c -> "CACHE".equals(c.source())).mapToLong(SourceCount::count).sum();
    return total == 0 ? null : (double) cached / total;
  }
}
