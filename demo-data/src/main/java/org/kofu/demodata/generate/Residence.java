package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/** Where and since when a household lives, and what became of its members (転出, 死亡, 消除). */
final class Residence {

  private final LocalDate today;

  Residence(LocalDate today) {
    this.today = today;
  }

  void settle(Household h, RandomGenerator rng) {
    h.address = Places.hakodateAddress(rng);
    h.katagaki = rng.nextDouble() < 0.18 ? Places.katagaki(rng, h.address) : null;
    LocalDate adult = h.head().birth.plusYears(18);
    long span = Math.max(1, adult.until(today, java.time.temporal.ChronoUnit.DAYS));
    h.juteiDate = adult.plusDays(rng.nextLong(span));
    boolean movedIn = h.isForeign() || rng.nextDouble() < 0.35;
    h.prevAddress = movedIn ? Places.elsewhereAddress(rng) : null;
    fate(h, rng);
  }

  /** Statuses: a few households moved out or announced it; some old members died. */
  private void fate(Household h, RandomGenerator rng) {
    double r = rng.nextDouble();
    if (r < 0.02) {
      LocalDate out = between(rng, h.juteiDate, today);
      h.members.forEach(m -> status(m, "MOVED_OUT", out.isBefore(m.birth) ? m.birth : out));
    } else if (r < 0.028) {
      LocalDate planned = today.plusDays(1 + rng.nextInt(30));
      h.members.forEach(m -> m.tenshutsuYotei = planned);
    } else if (r < 0.031 && h.members.size() == 1) {
      status(h.head(), "ERASED", between(rng, h.juteiDate, today));
    }
    for (Member m : h.members) {
      boolean old = m.ageOn(today) >= 70;
      boolean canGo = m.role != Member.Role.HEAD || h.members.size() == 1;
      if (m.isActive() && old && canGo && rng.nextDouble() < 0.06) {
        status(m, "DECEASED", between(rng, today.minusYears(3), today.minusDays(1)));
      }
    }
  }

  private static void status(Member m, String status, LocalDate date) {
    m.status = status;
    m.statusDate = date;
  }

  /** 住民となった年月日: birth for those born here, else the move-in or the household's date. */
  LocalDate juminDate(Household h, Member m) {
    if (m.birth.isAfter(h.juteiDate)) {
      return m.birth;
    }
    return h.prevAddress != null ? h.juteiDate : m.birth;
  }

  LocalDate juteiDate(Household h, Member m) {
    return m.birth.isAfter(h.juteiDate) ? m.birth : h.juteiDate;
  }

  LocalDate notLaterThanToday(LocalDate day) {
    return earlier(day, today);
  }

  static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate between(RandomGenerator rng, LocalDate from, LocalDate to) {
    long days = from.until(to, java.time.temporal.ChronoUnit.DAYS);
    return days <= 0 ? from : from.plusDays(rng.nextLong(days));
  }
}
