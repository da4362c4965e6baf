package org.kofu.core.legacy.koseki;

import java.time.LocalDate;

/** One row of {@code koseki.kojin}: a person recorded in a register, in register order. */
public record RegisterMemberRow(
    long kosekiId,
    int kojinNo,
    Long atenaNo,
    String shimei,
    LocalDate birthDate,
    String sex,
    String father,
    String mother,
    String zokugara,
    boolean joseki,
    long version) {

  public static final String TABLE = "koseki.kojin";

  /** The row key used in {@link org.kofu.core.certificate.SourceVersions}. */
  public String rowKey() {
    return kosekiId + "/" + kojinNo;
  }

  @Override
  public String toString() {
    return "RegisterMemberRow[kosekiId=" + kosekiId + ", kojinNo=" + kojinNo + "]";
  }
}
