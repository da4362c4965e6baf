package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** 印鑑登録 for about 40% of adults; a few abolished, some re-registered after abolishing. */
final class SealWriter {

  private final LocalDate today;
  private final SealImpressions impressions = new SealImpressions();

  SealWriter(LocalDate today) {
    this.today = today;
  }

  void write(Household h, Member m, Ids ids, RandomGenerator rng, RowSink sink) {
    if (m.ageOn(today) < 15 || rng.nextDouble() >= 0.4 || "ERASED".equals(m.status)) {
      return;
    }
    LocalDate eligible = m.birth.plusYears(15);
    LocalDate from = eligible.isAfter(h.juteiDate) ? eligible : h.juteiDate;
    LocalDate until = m.isActive() ? today : m.statusDate;
    LocalDate registered = Residence.between(rng, from, until);
    String surname = m.surname.kanji();
    double r = rng.nextDouble();
    if (r < 0.05) {
      LocalDate renewed = Residence.between(rng, registered, until);
      sink.accept(LegacyTable.INKAN, row(ids, m, registered, "ABOLISHED", surname, rng));
      registered = renewed;
    }
    String status = m.isActive() && r < 0.97 ? "ACTIVE" : "ABOLISHED";
    sink.accept(LegacyTable.INKAN, row(ids, m, registered, status, surname, rng));
  }

  private Object[] row(
      Ids ids, Member m, LocalDate date, String status, String surname, RandomGenerator rng) {
    byte[] png = impressions.png(surname, rng.nextInt(4));
    return new Object[] {ids.inkan(), m.atenaNo, date, status, png};
  }
}
