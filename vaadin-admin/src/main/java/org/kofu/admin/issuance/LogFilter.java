package org.kofu.admin.issuance;

import java.time.LocalDate;

/**
 * What the clerk searches for; blank or null criteria are not applied. Dates are Tokyo days, {@code
 * to} inclusive. {@code personKey} is a PersonRef key, never a 住民票コード.
 */
public record LogFilter(
    LocalDate from,
    LocalDate to,
    String certificateType,
    String kioskId,
    String decision,
    String certificateNumber,
    String requestId,
    String personKey) {

  public static LogFilter none() {
    return new LogFilter(null, null, null, null, null, null, null, null);
  }

  LogFilter withPersonKey(String key) {
    return new LogFilter(
        from, to, certificateType, kioskId, decision, certificateNumber, requestId, key);
  }
}
