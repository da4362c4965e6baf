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

  /** Sets a date-time picker's value and commits it, as choosing in its overlay would. */
  private static void pick(Page page, String id, LocalDateTime value) {
    page.locator("#" + id)
        .evaluate(
            "(picker, value) => { picker.value = value;"
                + " picker.dispatchEvent(new CustomEvent('change', {bubbles: true})); }",
            value.toString().substring(0, 16));
  }
}
