package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;

class SignInIT extends BrowserTestSupport {

  @Test
  void anOfficerSignsInAndSeesTheDashboardInJapanese() {
    account("officer-a", Role.OFFICER, "Correct-Horse-42", false);

    Page page = signIn("officer-a", "Correct-Horse-42");

    assertThat(page.locator("#current-user")).containsText("データ保護責任者");
    assertThat(page.locator("#state-JUMINHYO")).containsText("住民票の写し");
    assertThat(page.locator("html")).hasAttribute("lang", "ja");
    Chromium.screenshot(page, "01-dashboard-officer");
  }

  @Test
  void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
    account("newcomer", Role.OPERATOR, "OneTime-Pass-123", true);

    Page page = signIn("newcomer", "OneTime-Pass-123");
    page.navigate(url("service"));

    assertThat(page.locator("#save-password")).isVisible();
    Chromium.screenshot(page, "02-forced-password-change");
    type(page, "current-password", "OneTime-Pass-123");
    type(page, "new-password", "OneTime-Pass-123");
    type(page, "confirm-password", "OneTime-Pass-123");
    page.locator("#save-password").click();
    assertThat(page.locator("#password-message")).containsText("最近使ったパスワード");

    type(page, "new-password", "Hakodate-Kofu-2026");
    type(page, "confirm-password", "Hakodate-Kofu-2026");
    page.locator("#save-password").click();

    assertThat(page.locator("#state-JUMINHYO")).isVisible();
    assertThat(
            jdbc.queryForObject(
                "SELECT must_change FROM admin_user WHERE login = 'newcomer'", Boolean.class))
        .isFalse();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM credential_event WHERE subject_login = 'newcomer'"
                    + " AND event = 'CHANGED'",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void repeatedFailuresLockTheAccountAndTheOfficerIsAlerted() {
    account("careless", Role.OPERATOR, "Right-Password-1", false);
    account("officer-b", Role.OFFICER, "Officer-Pass-99", false);
    Page page = chromium.newPage();
    page.navigate(url("login"));
    for (int i = 0; i < 3; i++) {
      submitLogin(page, "careless", "wrong-" + i);
    }

    submitLogin(page, "careless", "Right-Password-1");

    assertThat(page.locator("#login-notice")).containsText("ロックされています");
    Chromium.screenshot(page, "03-locked");
    Page officer = signIn("officer-b", "Officer-Pass-99");
    assertThat(officer.locator("#alerts")).containsText("careless");
    Chromium.screenshot(officer, "04-dashboard-lockout-alert");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND actor = 'careless'",
                Integer.class))
        .isEqualTo(3);
  }

  @Test
  void anExpiredOneTimePasswordIsRefusedWithItsOwnMessage() {
    account("latecomer", Role.OPERATOR, "OneTime-Pass-456", true);
    jdbc.update(
        "UPDATE admin_user SET password_changed_at = ? WHERE login = 'latecomer'",
        OffsetDateTime.now(ZoneOffset.UTC).minusHours(25));

    Page page = signIn("latecomer", "OneTime-Pass-456");

    assertThat(page.locator("#login-notice")).containsText("初期パスワードの有効期限が切れています");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_REFUSED'"
                    + " AND actor = 'latecomer'",
                Integer.class))
        .isEqualTo(1);
  }
}
