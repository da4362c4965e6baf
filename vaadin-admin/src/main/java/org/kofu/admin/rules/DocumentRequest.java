package org.kofu.admin.rules;

import java.time.Instant;

/**
 * A request to take out, copy or dispose of a document; the officer decides, and records an
 * approved take-out's return and an approved disposal carried out ({@code completed*}).
 */
record DocumentRequest(
    long id,
    long documentId,
    String documentTitle,
    String kind,
    String purpose,
    String requestedBy,
    Instant requestedAt,
    String status,
    String decidedBy,
    Instant decidedAt,
    String reason,
    String completedBy,
    Instant completedAt) {

  /** True when the officer may record the request carried out: an approved take-out or disposal. */
  boolean awaitsCompletion() {
    return "APPROVED".equals(status) && !"COPY".equals(kind) && completedAt == null;
  }
}
