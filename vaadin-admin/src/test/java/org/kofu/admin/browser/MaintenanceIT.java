package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.projectdb.service.ServiceCalendar;
import org.kofu.projectdb.service.ServiceState;
import org.springframework.beans.factory.annotation.Autowired;

class MaintenanceIT extends BrowserTestSupport {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Autowired ServiceCalendar calendar;
  @Autowired org.kofu.admin.jobs.ClosingCalendarSync closingCalendar;

  @Test
  void aMaintenanceWindowSetInTheAdminIsWhatTheCalendarAnswers() {
    account("operator-m", Role.OPERATOR, "Operator-Pass-55", false);
    LocalDateTime start = LocalDate.now(TOKYO).plusDays(3).atTime(2, 0);
    LocalDateTime end = start.plusHours(2);
    Page page = signIn("operator-m", "Operator-Pass-55");
    page.navigate(url("service"));

    pick(page, "maintenance-starts", start);
    pick(page, "maintenance-ends", end);
    type(page, "maintenance-reason", "住基システム定期保守");
    page.locator("#announce-maintenance").click();

    assertThat(page.locator("#maintenance-message")).containsText("通知を記録しました");
    assertThat(page.locator("#maintenance-grid")).containsText("住基システム定期保守");
    Chromium.screenshot(page, "07-maintenance-window");
    Instant during = start.plusMinutes(30).atZone(TOKYO).toInstant();
    assertThat(calendar.stateAt(during, "JUMINHYO"))
        .isEqualTo(new ServiceState.Maintenance(end.atZone(TOKYO).toInstant()));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'MAINTENANCE_ANNOUNCED'"
                    + " AND actor = 'operator-m'",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void theOfficerMovesTheYearEndClosingAndTheCalendarFollows() {
    account("officer-y", Role.OFFICER, "Officer-Pass-56", false);
    Instant dec28 = LocalDateTime.of(2026, 12, 28, 10, 0).atZone(TOKYO).toInstant();
    Instant jan4 = LocalDateTime.of(2027, 1, 4, 10, 0).atZone(TOKYO).toInstant();
    assertThat(calendar.stateAt(dec28, "JUMINHYO")).isInstanceOf(ServiceState.Open.class);
    Page page = signIn("officer-y", "Officer-Pass-56");
    page.navigate(url("service"));

    type(page, "year-end-from", "12-28");
    type(page, "year-end-to", "01-04");
    page.locator("#save-hours").click();

    try {
      assertThat(page.locator("#hours-message")).hasText("完了しました。");
      Chromium.screenshot(page, "08-year-end-closing");
      assertThat(calendar.stateAt(dec28, "JUMINHYO")).isInstanceOf(ServiceState.Closed.class);
      assertThat(((ServiceState.Closed) calendar.stateAt(jan4, "INKAN")).reason())
          .isEqualTo(org.kofu.projectdb.service.ClosedReason.YEAR_END);
      // the batch nodes' delta triggers skip the same days: the Quartz calendar in the store
      org.quartz.Calendar batch = closingCalendar.stored().orElseThrow();
      assertThat(batch.isTimeIncluded(dec28.toEpochMilli())).isFalse();
      assertThat(batch.isTimeIncluded(jan4.toEpochMilli())).isFalse();
      assertThat(batch.isTimeIncluded(jan4.plusSeconds(86_400).toEpochMilli())).isTrue();
    } finally {
      jdbc.update("UPDATE service_hours SET year_end_from = '12-29', year_end_to = '01-03'");
    }
  }

  /** Sets a date-time picker's value and commits it, as choosing in its overlay would. */
  private static void pick(Page page, String id, LocalDateTime value) {
    page.locator("#" + id)
        .evaluate(
            "(picker, value) => { picker.value = value;"
                + " picker.dispatchEvent(new CustomEvent('change', {bubbles: true})); }",
            value.toString().substring(0, 16));
  }
}
