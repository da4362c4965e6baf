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
    return (certType == null || certType.equals(type)) && inForce(day);
  }

  /** In force on {@code day}: {@code valid_from <= day} and ({@code valid_to} null or later). */
  public boolean inForce(LocalDate day) {
    return !validFrom.isAfter(day) && (validTo == null || !day.isAfter(validTo));
  }

  /** 支援措置: the person's address must not be shown, whatever {@code certType} names. */
  public boolean protectsAddress() {
    return "DV_SUPPORT".equals(reason);
  }

  /** The reason (e.g. DV support) is itself sensitive: kept out of logs. */
  @Override
  public String toString() {
    return "RestrictionRow[seigenId=" + seigenId + ", version=" + version + "]";
  }
}
