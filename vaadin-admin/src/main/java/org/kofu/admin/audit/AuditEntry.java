package org.kofu.admin.audit;

import java.time.Instant;

/** One audit record as the audit view shows it. */
record AuditEntry(
    long seq, Instant occurredAt, String actor, String action, String detail, String clientIp) {}
