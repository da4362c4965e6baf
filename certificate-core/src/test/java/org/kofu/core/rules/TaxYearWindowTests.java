package org.kofu.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxYearWindowTests {

  private static final List<Integer> ON_RECORD = List.of(2024, 2025, 2026, 2027);

  @Test
  void fiscalYearRunsFromAprilToMarch() {
    assertThat(TaxYearWindow.fiscalYear(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
    assertThat(TaxYearWindow.fiscalYear(LocalDate.of(2027, 4, 1))).isEqualTo(2027);
    assertThat(TaxYearWindow.fiscalYear(LocalDate.of(2026, 11, 25))).isEqualTo(2026);
  }

  @Test
  void byDefaultThePreviousYearStaysIssuableUntilJuneFirst() {
    TaxYearWindow window = TaxYearWindow.defaults();
    assertThat(window.issuable(ON_RECORD, LocalDate.of(2026, 11, 25))).containsExactly(2026);
    assertThat(window.issuable(ON_RECORD, LocalDate.of(2027, 3, 31))).containsExactly(2026);
    assertThat(window.issuable(ON_RECORD, LocalDate.of(2027, 4, 1))).containsExactly(2026, 2027);
    assertThat(window.issuable(ON_RECORD, LocalDate.of(2027, 5, 31))).containsExactly(2026, 2027);
    assertThat(window.issuable(ON_RECORD, LocalDate.of(2027, 6, 1))).containsExactly(2027);
  }

  @Test
  void earlierYearsWidenTheWindowAndNoSwitchDayNarrowsIt() {
    TaxYearWindow three = new TaxYearWindow(2, null);
    assertThat(three.issuable(ON_RECORD, LocalDate.of(2026, 11, 25)))
        .containsExactly(2024, 2025, 2026);
    TaxYearWindow currentOnly = new TaxYearWindow(0, null);
    assertThat(currentOnly.issuable(ON_RECORD, LocalDate.of(2027, 4, 1))).containsExactly(2027);
    assertThat(currentOnly.issuable(2026, LocalDate.of(2027, 4, 1))).isFalse();
  }

  @Test
  void aSwitchDayBeforeAprilFallsInTheNextCalendarYear() {
    TaxYearWindow window = new TaxYearWindow(0, MonthDay.of(1, 15));
    assertThat(window.issuable(ON_RECORD, LocalDate.of(2027, 1, 14))).containsExactly(2025, 2026);
    assertThat(window.issuable(ON_RECORD, LocalDate.of(2027, 1, 15))).containsExactly(2026);
  }

  @Test
  void propertiesGiveTheWindow() {
    assertThat(new TaxYearsProperties(0, "06-01").window()).isEqualTo(TaxYearWindow.defaults());
    assertThat(new TaxYearsProperties(1, "").window()).isEqualTo(new TaxYearWindow(1, null));
    assertThatIllegalArgumentException().isThrownBy(() -> new TaxYearWindow(-1, null));
  }
}
