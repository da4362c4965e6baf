package org.kofu.projectdb.coverage;

import java.time.Instant;
import java.util.List;

/** A completed scan: the job execution that made it, when, and its counts. */
public record CoverageScan(
    long scanId, Instant startedAt, Instant completedAt, List<CoverageCount> counts) {

  /** Persons of a system with at least one unprintable character (0 when not scanned). */
  public long unprintablePersons(String system) {
    return counts.stream()
        .filter(c -> c.system().equals(system) && c.unit().equals(CoverageCount.PERSON))
        .mapToLong(CoverageCount::unprintable)
        .sum();
  }
}
