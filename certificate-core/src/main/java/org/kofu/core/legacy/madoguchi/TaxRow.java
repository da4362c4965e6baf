package org.kofu.core.legacy.madoguchi;

/** One row of {@code madoguchi.shotoku_kazei}: income and municipal tax of one 年度 (yen). */
public record TaxRow(
    long atenaNo,
    int nendo,
    long kyuyoShunyu,
    long kyuyoShotoku,
    long nenkinShotoku,
    long sonotaShotoku,
    long goukeiShotoku,
    long shotokuKojo,
    long kazeiShotoku,
    long shiminzei,
    long dominzei,
    int fuyoCount,
    long version) {

  public static final String TABLE = "madoguchi.shotoku_kazei";

  /** The row key used in {@link org.kofu.core.certificate.SourceVersions}. */
  public String rowKey() {
    return atenaNo + "/" + nendo;
  }

  /** 合計税額: 市民税 and 道民税 together. */
  public long totalTax() {
    return shiminzei + dominzei;
  }

  @Override
  public String toString() {
    return "TaxRow[atenaNo=" + atenaNo + ", nendo=" + nendo + ", version=" + version + "]";
  }
}
