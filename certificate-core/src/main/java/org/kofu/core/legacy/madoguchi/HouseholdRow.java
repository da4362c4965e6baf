package org.kofu.core.legacy.madoguchi;

/** One row of {@code madoguchi.setai}: a household and its head. */
public record HouseholdRow(long setaiNo, long setainushiAtenaNo, long version) {
  public static final String TABLE = "madoguchi.setai";

  /** The row key used in {@link org.kofu.core.certificate.SourceVersions}. */
  public String rowKey() {
    return Long.toString(setaiNo);
  }
}
