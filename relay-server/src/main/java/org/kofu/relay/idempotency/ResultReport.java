package org.kofu.relay.idempotency;

import java.time.OffsetDateTime;

/** A parsed 交付結果通知. */
public record ResultReport(
    String requestId, String outcome, int pagesPrinted, OffsetDateTime reportedAt) {}
