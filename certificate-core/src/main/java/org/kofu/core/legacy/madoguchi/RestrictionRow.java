package org.kofu.core.legacy.madoguchi;

import java.time.LocalDate;

/** One row of {@code madoguchi.kofu_seigen}: an issuance restriction. */
public record RestrictionRow(
    long seigenId,
    long atenaNo,
    String certType,
    String reason,
    LocalDate validFrom,
    LocalDate validTo,
    long version) {

  public static final String TABLE = "madoguchi.kofu_seigen";

  /** The row key used in {@link org.kofu.core.certificate.SourceVersions}. */
  public String rowKey() {
    return Long.toString(seigenId);
  }

  /** In force on {@code day} for {@code type} (a null {@code certType} covers every type). */
  public boolean appliesTo(String type, LocalDate day) {
    boolean typeMatches = certType == null || certType.equals(type);
    boolean started = !validFrom.isAfter(day);
    boolean notEnded = validTo == null || !day.isAfter(validTo);
    return typeMatches && started && notEnded;
  }

  /** The reason (e.g. DV support) is itself sensitive: kept out of logs. */
  @Override
  public String toString() {
    return "RestrictionRow[seigenId=" + seigenId + ", version=" + version + "]";
  }
}
