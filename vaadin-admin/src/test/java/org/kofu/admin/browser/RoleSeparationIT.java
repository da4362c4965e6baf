package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;

class RoleSeparationIT extends BrowserTestSupport {

  @Test
  void anOperatorCannotReachUserManagementByMenuOrByUrl() {
    account("operator-r", Role.OPERATOR, "Operator-Pass-77", false);

    Page page = signIn("operator-r", "Operator-Pass-77");

    assertThat(page.locator("#menu vaadin-side-nav-item[path='issuance-log']")).hasCount(1);
    assertThat(page.locator("#menu vaadin-side-nav-item[path='users']")).hasCount(0);
    page.navigate(url("users"));
    page.waitForLoadState();
    assertThat(page.locator("#error-title")).containsText("このページは表示できません");
    assertThat(page.locator("#users-grid")).hasCount(0);
    assertThat(page.locator("#issue-user")).hasCount(0);
    Chromium.screenshot(page, "05-operator-denied-users");
  }

  @Test
  void theMenuListsTheViewsEachRoleMayOpenInTheChosenLanguage() {
    account("officer-m", Role.OFFICER, "Officer-Pass-78", false);
    account("auditor-m", Role.AUDITOR, "Auditor-Pass-78", false);
    account("operator-m", Role.OPERATOR, "Operator-Pass-78", false);

    Page officer = signIn("officer-m", "Officer-Pass-78");
    Locator items = officer.locator("#menu vaadin-side-nav-item");
    assertThat(items).hasCount(20);
    assertThat(items.first()).containsText("ダッシュボード");
    assertThat(items.first()).hasAttribute("path", "");
    assertThat(items.last()).hasAttribute("path", "change-password");
    assertThat(officer.locator("#menu vaadin-side-nav-item[path='users']")).containsText("利用者管理");
    assertThat(officer.locator("#menu vaadin-side-nav-item[path='ledger']")).hasCount(1);
    officer.locator("#menu vaadin-side-nav-item[path='jobs']").click();
    assertThat(officer.locator("#history-grid")).isVisible();
    officer.locator("#language-en").click();
    officer.waitForLoadState();
    assertThat(officer.locator("#menu vaadin-side-nav-item").first()).containsText("Dashboard");
    assertThat(officer.locator("#menu vaadin-side-nav-item[path='users']")).containsText("Users");

    Page auditor = signIn("auditor-m", "Auditor-Pass-78");
    assertThat(auditor.locator("#menu vaadin-side-nav-item")).hasCount(19);
    // every role reads investigations; only officers and operators link and ask
    assertThat(auditor.locator("#menu vaadin-side-nav-item[path='investigations']")).hasCount(1);
    assertThat(auditor.locator("#menu vaadin-side-nav-item[path='users']")).hasCount(0);
    assertThat(auditor.locator("#menu vaadin-side-nav-item[path='ledger']")).hasCount(1);

    Page operator = signIn("operator-m", "Operator-Pass-78");
    assertThat(operator.locator("#menu vaadin-side-nav-item")).hasCount(18);
    // every role reads the fees and operators (手数料・事業者); only an officer changes them
    assertThat(operator.locator("#menu vaadin-side-nav-item[path='fees']")).hasCount(1);
    // and the settlement made of them (精算), as the fees view decides
    assertThat(operator.locator("#menu vaadin-side-nav-item[path='settlement']")).hasCount(1);
    // and the reconciliation (照合); only an officer uploads a statement
    assertThat(operator.locator("#menu vaadin-side-nav-item[path='reconciliation']")).hasCount(1);
    assertThat(operator.locator("#menu vaadin-side-nav-item[path='ledger']")).hasCount(0);
    assertThat(operator.locator("#menu vaadin-side-nav-item[path='statistics']")).hasCount(1);
    Chromium.screenshot(operator, "05b-operator-menu");
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
