package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;

class RegistersIT extends BrowserTestSupport {

  @Test
  void theIncidentRegisterStampsEachStepOfTheReportingChain() {
    account("officer-i", Role.OFFICER, "Officer-Pass-11", false);
    jdbc.update(
        "INSERT INTO emergency_contact (position, organisation, person, phone, note)"
            + " VALUES (1, '保守業者 北海道システム', '山田', '0138-00-0000', '24時間')");
    jdbc.update(
        "INSERT INTO incident (occurred_at, category, summary, recorded_by)"
            + " VALUES (CURRENT_TIMESTAMP, 'DAMAGE', 'サーバのディスク障害', 'officer-i')");
    Page page = signIn("officer-i", "Officer-Pass-11");
    page.navigate(url("incidents"));

    page.getByText("報告済みにする").first().click();

    assertThat(page.locator("#contacts-grid")).containsText("保守業者 北海道システム");
    Chromium.screenshot(page, "09-incident-register");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM incident WHERE maintainer_notified_at IS NOT NULL",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void theAuditLogShowsWhoDidWhatFromWhereAndVerifiesTheChain() {
    account("auditor-a", Role.AUDITOR, "Auditor-Pass-22", false);
    Page page = signIn("auditor-a", "Auditor-Pass-22");
    page.navigate(url("audit"));

    page.locator("#verify-chain").click();

    assertThat(page.locator("#verify-result")).containsText("改ざんはありません");
    assertThat(page.locator("#audit-grid")).containsText("auditor-a");
    Chromium.screenshot(page, "10-audit-log");
  }

  @Test
  void aTamperedAuditRecordRaisesAnAlertOnTheDashboard() {
    account("officer-t", Role.OFFICER, "Officer-Pass-44", false);
    String original =
        jdbc.queryForObject("SELECT detail FROM audit_log WHERE seq = 1", String.class);
    jdbc.update("UPDATE audit_log SET detail = 'rewritten' WHERE seq = 1");
    try {
      Page page = signIn("officer-t", "Officer-Pass-44");

      assertThat(page.locator("#alerts")).containsText("改ざんを検知しました");
      Chromium.screenshot(page, "11-dashboard-chain-broken");
    } finally {
      jdbc.update("UPDATE audit_log SET detail = ? WHERE seq = 1", original);
    }
  }

  @Test
  void englishCanBeChosenOnTheSignInPage() {
    Page page = chromium.newPage();
    page.navigate(url("login"));

    page.locator("#language-en").click();

    assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
    assertThat(page.locator("html")).hasAttribute("lang", "en");
    Chromium.screenshot(page, "12-login-english");
  }
}
