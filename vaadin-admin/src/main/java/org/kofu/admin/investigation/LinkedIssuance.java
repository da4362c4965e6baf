package org.kofu.admin.investigation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issuance linked to an incident: what it printed (type, options, number, 証明日, kiosk, outcome)
 * and to whom (the PersonRef key, never a name in this record), and how it was linked.
 */
public record LinkedIssuance(
    String requestId,
    String certificateNumber,
    String certificateType,
    String options,
    LocalDate issueDate,
    Instant issuedAt,
    String kioskId,
    String outcome,
    String personKey,
    boolean bodyKept,
    String linkedHow,
    String linkedBy) {}
