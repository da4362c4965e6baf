package org.kofu.admin.rules;

import java.time.Instant;

/** A request to take out, copy or dispose of a document; the officer decides. */
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
    String reason) {}
