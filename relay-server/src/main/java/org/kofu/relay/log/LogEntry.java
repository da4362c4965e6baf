package org.kofu.relay.log;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One record of the issuance log. No bodies, names, addresses or 住民票コード: the person is a {@code
 * PersonRef} key.
 *
 * @param kind MENU, CERTIFICATE, RESULT or REGISTRATION
 * @param decision ISSUED, REFUSED, ANSWERED, RECORDED or ERROR
 * @param reason the contract's reason (and refusal cause), or the result outcome
 */
public record LogEntry(
    Instant occurredAt,
    String kind,
    String requestId,
    String kioskId,
    String personKey,
    String certificateType,
    String options,
    int httpStatus,
    String decision,
    String reason,
    String source,
    String certificateNumber,
    String bodySha256,
    long elapsedMs) {

  /** The chained columns of {@code issuance_log}, in order. */
  static final List<String> COLUMNS =
      List.of(
          "occurred_at",
          "kind",
          "request_id",
          "kiosk_id",
          "person_key",
          "certificate_type",
          "options",
          "http_status",
          "decision",
          "reason",
          "source",
          "certificate_number",
          "body_sha256",
          "elapsed_ms");

  List<Object> values() {
    return Arrays.asList(
        occurredAt,
        kind,
        requestId,
        kioskId,
        personKey,
        certificateType,
        options,
        httpStatus,
        decision,
        reason,
        source,
        certificateNumber,
        bodySha256,
        elapsedMs);
  }
}
