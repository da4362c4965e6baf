package org.kofu.admin.issuance;

import java.time.Instant;

/** One row of {@code issuance_log} as the view shows it. */
public record LogRecord(
    long seq,
    Instant occurredAt,
    String kind,
    String requestId,
    String kioskId,
    String personKey,
    String certificateType,
    int httpStatus,
    String decision,
    String reason,
    String source,
    String certificateNumber,
    long elapsedMs) {}
