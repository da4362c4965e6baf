package org.kofu.projectdb.service;

import java.time.Instant;

/** Whether a certificate type can be issued at an instant, and if not, why and until when. */
public sealed interface ServiceState {

  /** Issuance is open. */
  record Open() implements ServiceState {}

  /**
   * Issuance is closed; {@code retryAfter} is the next opening, or null when no opening is known (a
   * stopped type stays stopped until someone switches it back on).
   */
  record Closed(ClosedReason reason, Instant retryAfter) implements ServiceState {}

  /** A maintenance window is running until {@code until}. */
  record Maintenance(Instant until) implements ServiceState {}
}
