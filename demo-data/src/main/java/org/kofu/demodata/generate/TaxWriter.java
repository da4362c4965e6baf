package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.time.Month;
import java.util.random.RandomGenerator;

/**
 * 所得・課税 of the last two 年度 for adults: 給与所得 by the 給与所得控除 table, 公的年金等所得 after the 65-and-over
 * deduction, 市民税 6% and 道民税 4% of 課税標準額 (均等割 left out), rounded down to 100 yen.
 */
final class TaxWriter {

  private static final long BASIC_DEDUCTION = 430_000;
  private static final long DEPENDANT_DEDUCTION = 330_000;

  private final int latestNendo;

  TaxWriter(LocalDate today) {
    // a 年度's assessment is out in June; before that, the latest certifiable one is last year's
    this.latestNendo =
        today.getMonth().compareTo(Month.JUNE) >= 0 ? today.getYear() : today.getYear() - 1;
  }

  void write(Household h, Member m, RandomGenerator rng, RowSink sink) {
    long salary = salary(h, m, rng);
    long pension =
        m.ageOn(LocalDate.of(latestNendo, 1, 1)) >= 65 ? 1_000_000 + rng.nextInt(180) * 10_000L : 0;
    long other = rng.nextDouble() < 0.05 ? 200_000 + rng.nextInt(130) * 10_000L : 0;
    int fuyo = m.role == Member.Role.HEAD ? dependants(h) : 0;
    for (int nendo = latestNendo - 1; nendo <= latestNendo; nendo++) {
      LocalDate january = LocalDate.of(nendo, 1, 1);
      if (m.ageOn(january) < 18 || "ERASED".equals(m.status)) {
        continue;
      }
      double drift = nendo == latestNendo ? 1.0 : 0.97;
      sink.accept(
          LegacyTable.SHOTOKU_KAZEI,
          row(m.atenaNo, nendo, round(salary * drift), pension, other, fuyo));
    }
  }

  private static Object[] row(
      long atena, int nendo, long salary, long pension, long other, int fuyo) {
    long kyuyoShotoku = Math.max(0, salary - kyuyoShotokuKojo(salary));
    long nenkinShotoku = Math.max(0, pension - 1_100_000);
    long goukei = kyuyoShotoku + nenkinShotoku + other;
    long kojo = BASIC_DEDUCTION + Math.round(salary * 0.14) + DEPENDANT_DEDUCTION * fuyo;
    long kazei = goukei <= 450_000 ? 0 : Math.max(0, goukei - kojo) / 1000 * 1000;
    long shimin = kazei * 6 / 100 / 100 * 100;
    long domin = kazei * 4 / 100 / 100 * 100;
    return new Object[] {
      atena,
      nendo,
      salary,
      kyuyoShotoku,
      nenkinShotoku,
      other,
      goukei,
      kojo,
      kazei,
      shimin,
      domin,
      fuyo
    };
  }

  /** 給与所得控除 (令和2年分以降). */
  static long kyuyoShotokuKojo(long salary) {
    if (salary <= 1_625_000) {
      return Math.min(salary, 550_000);
    }
    if (salary <= 1_800_000) {
      return salary * 40 / 100 - 100_000;
    }
    if (salary <= 3_600_000) {
      return salary * 30 / 100 + 80_000;
    }
    if (salary <= 6_600_000) {
      return salary * 20 / 100 + 440_000;
    }
    if (salary <= 8_500_000) {
      return salary * 10 / 100 + 1_100_000;
    }
    return 1_950_000;
  }

  private long salary(Household h, Member m, RandomGenerator rng) {
    int age = m.ageOn(LocalDate.of(latestNendo, 1, 1));
    double r = rng.nextDouble();
    if (age < 22) {
      return r < 0.3 ? 300_000 + rng.nextInt(70) * 10_000L : 0;
    }
    if (age >= 65) {
      return r < 0.1 ? 1_000_000 + rng.nextInt(150) * 10_000L : 0;
    }
    if (m.role == Member.Role.SPOUSE && r < 0.5) {
      return r < 0.25 ? 0 : 600_000 + rng.nextInt(70) * 10_000L;
    }
    return r < 0.85 ? 1_800_000 + rng.nextInt(600) * 10_000L : 0;
  }

  private int dependants(Household h) {
    LocalDate january = LocalDate.of(latestNendo, 1, 1);
    return (int)
        h.members.stream()
            .filter(
                o -> o.role == Member.Role.CHILD && o.ageOn(january) >= 16 && o.ageOn(january) < 23)
            .count();
  }

  private static long round(double yen) {
    return Math.round(yen / 1000) * 1000;
  }
}
