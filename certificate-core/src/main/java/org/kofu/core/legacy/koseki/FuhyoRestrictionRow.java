package org.kofu.core.legacy.koseki;

import java.time.LocalDate;

/**
 * One row of {@code koseki.fuhyo_seigen}: a restriction the 本籍地 recorded on one person's 附票 entry
 * (DV等支援措置 and others), also for a person who lives in another city.
 */
public record FuhyoRestrictionRow(
    long seigenId,
    long kosekiId,
    int kojinNo,
    String reason,
    LocalDate validFrom,
    LocalDate validTo,
    long version) {

  public static final String TABLE = "koseki.fuhyo_seigen";

  /** The row key used in {@link org.kofu.core.certificate.SourceVersions}. */
  public String rowKey() {
    return Long.toString(seigenId);
  }

  /** In force on {@code day}: {@code valid_from <= day} and ({@code valid_to} null or later). */
  public boolean inForce(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !day.isAfter(validTo));
  }

  /** 支援措置: the person's address must not be shown. */
  public boolean protectsAddress() {
    return "DV_SUPPORT".equals(reason);
  }

  /** The reason (e.g. DV support) is itself sensitive: kept out of logs. */
  @Override
  public String toString() {
    return "FuhyoRestrictionRow[seigenId=" + seigenId + ", version=" + version + "]";
  }
}
