package org.kofu.wareki;

import java.time.LocalDate;
import java.util.List;

/** Japanese era (和暦) dates as certificates print them: 令和8年11月25日, 平成元年1月8日, 令和7年度. */
public final class Wareki {

  private record Era(String name, LocalDate start) {}

  // Newest first. 明治 was proclaimed on 慶応4年9月8日 (1868-10-23), but the edict made the whole
  // year 明治元年 ("改慶應四年爲明治元年"), so in law it begins on 慶応4年1月1日: 1868-01-25.
  private static final List<Era> ERAS =
      List.of(
          new Era("令和", LocalDate.of(2019, 5, 1)),
          new Era("平成", LocalDate.of(1989, 1, 8)),
          new Era("昭和", LocalDate.of(1926, 12, 25)),
          new Era("大正", LocalDate.of(1912, 7, 30)),
          new Era("明治", LocalDate.of(1868, 1, 25)));

  private Wareki() {}

  /** The date in its era, e.g. {@code 令和8年11月25日}; the first year of an era is 元年. */
  public static String format(LocalDate date) {
    Era era = eraOf(date);
    return era.name()
        + year(date.getYear() - era.start().getYear() + 1)
        + "年"
        + date.getMonthValue()
        + "月"
        + date.getDayOfMonth()
        + "日";
  }

  /**
   * A 年度 (April to March) in its era, e.g. {@code 令和7年度} for 2025. A 年度 that straddles an era
   * change is named by the era in force for most of it, as the city does (2019 is 令和元年度).
   */
  public static String fiscalYear(int year) {
    Era era = eraOf(LocalDate.of(year, 7, 31));
    return era.name() + year(year - era.start().getYear() + 1) + "年度";
  }

  private static Era eraOf(LocalDate date) {
    return ERAS.stream()
        .filter(e -> !date.isBefore(e.start()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("before 明治: " + date));
  }

  private static String year(int n) {
    return n == 1 ? "元" : Integer.toString(n);
  }
}
