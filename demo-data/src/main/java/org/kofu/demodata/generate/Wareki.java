package org.kofu.demodata.generate;

import java.time.LocalDate;

/** Dates in the Japanese era, as 戸籍 entries write them: 令和2年5月1日, 平成元年1月8日. */
final class Wareki {

  private static final String[] NAMES = {"令和", "平成", "昭和", "大正", "明治"};
  private static final LocalDate[] STARTS = {
    LocalDate.of(2019, 5, 1),
    LocalDate.of(1989, 1, 8),
    LocalDate.of(1926, 12, 25),
    LocalDate.of(1912, 7, 30),
    LocalDate.of(1868, 1, 25)
  };

  private Wareki() {}

  static String format(LocalDate date) {
    for (int i = 0; i < STARTS.length; i++) {
      if (!date.isBefore(STARTS[i])) {
        int year = date.getYear() - STARTS[i].getYear() + 1;
        String y = year == 1 ? "元" : Integer.toString(year);
        return NAMES[i] + y + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
      }
    }
    throw new IllegalArgumentException("before 明治: " + date);
  }
}
