package org.kofu.core.legacy.madoguchi;

import java.time.LocalDate;

/** One row of {@code madoguchi.jumin}: a resident record. Holds personal data: never log it. */
public record ResidentRow(
    long atenaNo,
    String juminhyoCode,
    String kojinBango,
    long setaiNo,
    String shimei,
    String shimeiKana,
    String kyushi,
    String tsusho,
    LocalDate birthDate,
    String sex,
    String zokugara,
    LocalDate juminDate,
    String address,
    String katagaki,
    LocalDate juteiDate,
    LocalDate todokeDate,
    String prevAddress,
    String honseki,
    String hittosha,
    Foreigner foreigner,
    String status,
    LocalDate statusDate,
    LocalDate tenshutsuYoteiDate,
    long version) {

  public static final String TABLE = "madoguchi.jumin";

  /** The row key used in {@link org.kofu.core.certificate.SourceVersions}. */
  public String rowKey() {
    return Long.toString(atenaNo);
  }

  /** 国籍・地域 and 在留 data of a foreign resident. */
  public record Foreigner(
      String kokuseki, String zairyuShikaku, String zairyuKikan, LocalDate zairyuManryoDate) {}

  public boolean isForeigner() {
    return foreigner != null;
  }

  public boolean isActive() {
    return "ACTIVE".equals(status);
  }

  /** Written to avoid leaking names through accidental string concatenation into logs. */
  @Override
  public String toString() {
    return "ResidentRow[atenaNo=" + atenaNo + ", version=" + version + "]";
  }
}
