package org.kofu.relay.log;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.kofu.projectdb.chain.ChainTable;

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
  static final List<String> COLUMNS = ChainTable.ISSUANCE.columns();

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
