package org.kofu.relay.idempotency;

import java.time.Instant;

/**
 * What an issuance is settled with, kept with it (migrations V15_1, V21_1) so that the daily close
 * and the monthly settlement count what was charged, whatever changes later.
 *
 * @param copies the copies the kiosk prints
 * @param requestedAt the request's {@code requestedAt}: the instant its fee and commission were in
 *     force
 * @param operatorCode the kiosk's store operator then ({@code UNKNOWN} when no prefix matched)
 * @param commissionYen the 交付委託手数料 for all copies (per copy x copies)
 */
public record Settled(
    int copies, String kioskId, Instant requestedAt, String operatorCode, int commissionYen) {}
