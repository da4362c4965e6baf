package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;

class RoleSeparationIT extends BrowserTestSupport {

  @Test
  void anOperatorCannotReachUserManagementByMenuOrByUrl() {
    account("operator-r", Role.OPERATOR, "Operator-Pass-77", false);

    Page page = signIn("operator-r", "Operator-Pass-77");

    assertThat(page.locator("vaadin-side-nav-item[path='users']")).hasCount(0);
    page.navigate(url("users"));
    page.waitForLoadState();
    assertThat(page.locator("#error-title")).containsText("このページは表示できません");
    assertThat(page.locator("#users-grid")).hasCount(0);
    assertThat(page.locator("#issue-user")).hasCount(0);
    Chromium.screenshot(page, "05-operator-denied-users");
  }

  @Test
  void theOfficerIssuesAnAccountWithAOneTimePasswordShownOnce() {
    account("officer-r", Role.OFFICER, "Officer-Pass-77", false);
    Page page = signIn("officer-r", "Officer-Pass-77");
    page.navigate(url("users"));

    type(page, "new-login", "sato");
    type(page, "new-name", "佐藤 花子");
    page.locator("#issue-user").click();

    assertThat(page.locator("#users-message")).containsText("sato の初期パスワード");
    Chromium.screenshot(page, "06-officer-issued-account");
  }
}
