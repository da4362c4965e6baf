package org.kofu.projectdb.settlement;

import java.time.LocalDate;
import java.util.Comparator;

/** One line of a settlement: a day (Asia/Tokyo), a store operator and a certificate type. */
public record SettlementKey(LocalDate day, String operator, String certificateType)
    implements Comparable<SettlementKey> {

  private static final Comparator<SettlementKey> ORDER =
      Comparator.comparing(SettlementKey::day)
          .thenComparing(SettlementKey::operator)
          .thenComparing(SettlementKey::certificateType);

  @Override
  public int compareTo(SettlementKey other) {
    return ORDER.compare(this, other);
  }
}
