package org.kofu.wareki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WarekiTests {

  @Test
  void eachEraBeginsWithGannenOnItsFirstDay() {
    assertThat(Wareki.format(LocalDate.of(2019, 5, 1))).isEqualTo("令和元年5月1日");
    assertThat(Wareki.format(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
    assertThat(Wareki.format(LocalDate.of(1926, 12, 25))).isEqualTo("昭和元年12月25日");
    assertThat(Wareki.format(LocalDate.of(1912, 7, 30))).isEqualTo("大正元年7月30日");
    assertThat(Wareki.format(LocalDate.of(1868, 1, 25))).isEqualTo("明治元年1月25日");
  }

  @Test
  void theDayBeforeAnEraBelongsToThePreviousOne() {
    assertThat(Wareki.format(LocalDate.of(2019, 4, 30))).isEqualTo("平成31年4月30日");
    assertThat(Wareki.format(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
    assertThat(Wareki.format(LocalDate.of(1926, 12, 24))).isEqualTo("大正15年12月24日");
    assertThat(Wareki.format(LocalDate.of(1912, 7, 29))).isEqualTo("明治45年7月29日");
  }

  @Test
  void ordinaryDatesCountYearsFromTheEra() {
    assertThat(Wareki.format(LocalDate.of(2026, 11, 25))).isEqualTo("令和8年11月25日");
    assertThat(Wareki.format(LocalDate.of(2020, 1, 1))).isEqualTo("令和2年1月1日");
  }

  @Test
  void fiscalYearsAreNamedByTheEraOfMostOfTheYear() {
    assertThat(Wareki.fiscalYear(2025)).isEqualTo("令和7年度");
    assertThat(Wareki.fiscalYear(2019)).isEqualTo("令和元年度");
    assertThat(Wareki.fiscalYear(2018)).isEqualTo("平成30年度");
    assertThat(Wareki.fiscalYear(1989)).isEqualTo("平成元年度");
  }

  @Test
  void meijiReachesBackToTheStartOfTheYearItWasProclaimedIn() {
    // proclaimed on 1868-10-23 (慶応4年9月8日), in force from 慶応4年1月1日
    assertThat(Wareki.format(LocalDate.of(1868, 10, 22))).isEqualTo("明治元年10月22日");
    assertThat(Wareki.format(LocalDate.of(1873, 1, 1))).isEqualTo("明治6年1月1日");
  }

  @Test
  void datesBeforeMeijiAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Wareki.format(LocalDate.of(1868, 1, 24)));
  }
}
