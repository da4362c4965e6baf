package org.kofu.projectdb.settlement;

import java.util.Map;

/**
 * Which store operator a kiosk belongs to: the operator of the longest {@code kioskId} prefix that
 * matches, else {@link #UNKNOWN} (shown in its own row, never dropped).
 */
public final class OperatorMapping {

  /** The operator of a kiosk that no prefix matches. */
  public static final String UNKNOWN = "UNKNOWN";

  private final Map<String, String> byPrefix;

  private OperatorMapping(Map<String, String> byPrefix) {
    this.byPrefix = byPrefix;
  }

  /** {@code prefix → operator code}. */
  public static OperatorMapping of(Map<String, String> operatorByPrefix) {
    return new OperatorMapping(Map.copyOf(operatorByPrefix));
  }

  public String operatorOf(String kioskId) {
    if (kioskId != null) {
      for (int length = kioskId.length(); length > 0; length--) {
        String operator = byPrefix.get(kioskId.substring(0, length));
        if (operator != null) {
          return operator;
        }
      }
    }
    return UNKNOWN;
  }
}
