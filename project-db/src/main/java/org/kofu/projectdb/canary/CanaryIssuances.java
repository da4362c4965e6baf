package org.kofu.projectdb.canary;

/**
 * The relay's own test issuances (the canary, issue 27) carry this kiosk id: in {@code
 * issuance_request} and, chained, in every {@code issuance_log} record of the request, so the mark
 * cannot be removed or added afterwards without breaking the chain. The relay refuses this kiosk id
 * from anyone but itself. Fees, settlement and statistics leave these rows out.
 */
public final class CanaryIssuances {

  /** The kiosk id of a canary request; valid under the contract's {@code [A-Za-z0-9-]{1,32}}. */
  public static final String KIOSK_ID = "KOFU-CANARY";

  /** A condition on a table's {@code kiosk_id}: not a canary's (rows before V15_1 have none). */
  public static final String NOT_CANARY = "(kiosk_id IS NULL OR kiosk_id <> '" + KIOSK_ID + "')";

  private CanaryIssuances() {}
}
