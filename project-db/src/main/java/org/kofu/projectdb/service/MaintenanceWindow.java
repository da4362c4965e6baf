package org.kofu.projectdb.service;

import java.time.Instant;

/** A maintenance window (clause 4), announced to the officer when it is set. */
public record MaintenanceWindow(
    Long id,
    Instant startsAt,
    Instant endsAt,
    String reason,
    Instant announcedAt,
    String announcedBy,
    boolean cancelled) {

  public MaintenanceWindow {
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("a maintenance window must end after it starts");
    }
  }

  boolean covers(Instant instant) {
    return !cancelled && !instant.isBefore(startsAt) && instant.isBefore(endsAt);
  }
}
