package org.kofu.core.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;

/**
 * Which 年度 a kiosk may issue tax certificates of (jlis-relay-api.md v1.1): the current 年度 and the
 * {@code earlierYears} before it, and one more until {@code previousUntil} in the current 年度 (the
 * day the new 年度's figures are released, often 6月1日), so that the last one stays issuable while the
 * new one is still being assessed.
 *
 * @param earlierYears 年度 before the current one that are always issuable (0: the current only)
 * @param previousUntil the day (in the current 年度) from which the one before those is no longer
 *     issuable; null: never
 */
public record TaxYearWindow(int earlierYears, MonthDay previousUntil) {

  private static final MonthDay FISCAL_YEAR_START = MonthDay.of(4, 1);

  public TaxYearWindow {
    if (earlierYears < 0) {
      throw new IllegalArgumentException("earlierYears must not be negative");
    }
  }

  /** The current 年度 only, and the previous one until 6月1日. */
  public static TaxYearWindow defaults() {
    return new TaxYearWindow(0, MonthDay.of(6, 1));
  }

  /** The 年度 (April to March) of a day: 2027-03-31 is in 2026年度, 2027-04-01 in 2027年度. */
  public static int fiscalYear(LocalDate day) {
    return MonthDay.from(day).isBefore(FISCAL_YEAR_START) ? day.getYear() - 1 : day.getYear();
  }

  /** Whether a tax certificate of {@code nendo} may be issued on {@code today} (Asia/Tokyo). */
  public boolean issuable(int nendo, LocalDate today) {
    int current = fiscalYear(today);
    return nendo <= current && nendo >= oldest(today, current);
  }

  /** The years of {@code onRecord} that may be issued on {@code today}, oldest first. */
  public List<Integer> issuable(Collection<Integer> onRecord, LocalDate today) {
    return onRecord.stream().filter(y -> issuable(y, today)).sorted().distinct().toList();
  }

  private int oldest(LocalDate today, int current) {
    int oldest = current - earlierYears;
    if (previousUntil == null) {
      return oldest;
    }
    // the switch day of the current 年度: in its calendar year from April, else in the next one
    LocalDate switchDay =
        previousUntil.isBefore(FISCAL_YEAR_START)
            ? previousUntil.atYear(current + 1)
            : previousUntil.atYear(current);
    return today.isBefore(switchDay) ? oldest - 1 : oldest;
  }
}
