package org.kofu.core.legacy.koseki;

import java.time.LocalDate;

/** One row of {@code koseki.koseki}: a family register. */
public record RegisterRow(
    long kosekiId,
    String honseki,
    String hittosha,
    LocalDate henseiDate,
    String status,
    long version) {

  public static final String TABLE = "koseki.koseki";

  /** The row key used in {@link org.kofu.core.certificate.SourceVersions}. */
  public String rowKey() {
    return Long.toString(kosekiId);
  }

  @Override
  public String toString() {
    return "RegisterRow[kosekiId=" + kosekiId + ", version=" + version + "]";
  }
}
