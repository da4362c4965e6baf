package org.kofu.core.legacy.madoguchi;

import java.time.LocalDate;

/** One row of {@code madoguchi.inkan}: a seal registration with its impression as PNG. */
public record SealRow(
    long inkanNo, long atenaNo, LocalDate torokuDate, String status, byte[] ineiPng, long version) {

  public static final String TABLE = "madoguchi.inkan";

  /** The row key used in {@link org.kofu.core.certificate.SourceVersions}. */
  public String rowKey() {
    return Long.toString(inkanNo);
  }

  public boolean isActive() {
    return "ACTIVE".equals(status);
  }

  @Override
  public String toString() {
    return "SealRow[inkanNo=" + inkanNo + ", status=" + status + ", version=" + version + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealRow s
        && s.inkanNo == inkanNo
        && s.version == version
        && s.atenaNo == atenaNo
        && s.status.equals(status)
        && s.torokuDate.equals(torokuDate)
        && java.util.Arrays.equals(s.ineiPng, ineiPng);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(inkanNo) * 31 + Long.hashCode(version);
  }
}
