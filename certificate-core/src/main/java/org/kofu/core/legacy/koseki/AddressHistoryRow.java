package org.kofu.core.legacy.koseki;

import java.time.LocalDate;

/** One row of {@code koseki.fuhyo}: one address in a register member's 附票 history. */
public record AddressHistoryRow(
    long kosekiId, int kojinNo, int seq, String address, LocalDate juteiDate, long version) {

  public static final String TABLE = "koseki.fuhyo";

  public String rowKey() {
    return kosekiId + "/" + kojinNo + "/" + seq;
  }

  @Override
  public String toString() {
    return "AddressHistoryRow[kosekiId=" + kosekiId + ", kojinNo=" + kojinNo + ", seq=" + seq + "]";
  }
}
