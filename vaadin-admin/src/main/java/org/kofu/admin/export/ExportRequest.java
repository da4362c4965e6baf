package org.kofu.admin.export;

import java.time.Instant;
import org.kofu.admin.issuance.LogFilter;

/** A request to export a search; status PENDING, APPROVED, REJECTED or DOWNLOADED. */
record ExportRequest(
    long id,
    String requestedBy,
    Instant requestedAt,
    LogFilter filter,
    String status,
    String decidedBy,
    Instant decidedAt,
    Instant downloadedAt) {}
