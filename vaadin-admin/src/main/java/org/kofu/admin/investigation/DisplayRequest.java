package org.kofu.admin.investigation;

import java.time.Instant;

/** A request to show a kept body again, and its decision (V28_1 {@code body_display_request}). */
public record DisplayRequest(
    long id,
    long incidentId,
    String requestId,
    String reason,
    String requestedBy,
    Instant requestedAt,
    String status,
    String decidedBy,
    Instant decidedAt) {}
