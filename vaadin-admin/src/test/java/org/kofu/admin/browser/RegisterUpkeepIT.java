package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;

/**
 * Issue 27 point 4 in the browser: the incident chain recorded step by step in the rules' order
 * with who and when; a document's edition and place changed, a take-out's return recorded, a
 * document retired, by the officer.
 */
class RegisterUpkeepIT extends BrowserTestSupport {

  @Test
  void theChainIsRecordedInTheRulesOrderWithWhoAndWhen() {
    account("operator-c", Role.OPERATOR, "Operator-Pass-81", false);
    jdbc.update(
        "INSERT INTO incident (occurred_at, category, summary, recorded_by)"
            + " VALUES (CURRENT_TIMESTAMP, 'THEFT', '記録媒体の盗難（訓練）', 'operator-c')");
    long id = jdbc.queryForObject("SELECT MAX(id) FROM incident", Long.class);
    Page page = signIn("operator-c", "Operator-Pass-81");
    page.navigate(url("incidents"));

    assertThat(page.locator("#step-" + id + "-MAINTAINER")).containsText("対象外");
    assertThat(page.locator("#step-" + id + "-DIRECTOR")).containsText("前の段階の後");
    page.locator("#stamp-" + id + "-IT_HEAD").click();
    assertThat(page.locator("#step-" + id + "-IT_HEAD")).containsText("operator-c");
    page.locator("#stamp-" + id + "-DIRECTOR").click();
    assertThat(page.locator("#step-" + id + "-DIRECTOR")).containsText("operator-c");

    // closing is the officer's
    assertThat(page.locator("#stamp-" + id + "-CLOSED")).isDisabled();
    Chromium.screenshot(page, "27-incident-chain-who-when");
    assertThat(
            jdbc.queryForObject(
                "SELECT it_head_reported_by || ' ' || director_reported_by FROM incident"
                    + " WHERE id = ?",
                String.class,
                id))
        .isEqualTo("operator-c operator-c");
  }

  @Test
  void theOfficerKeepsADocumentCurrentRecordsItsReturnAndRetiresIt() {
    account("officer-u", Role.OFFICER, "Officer-Pass-82", false);
    jdbc.update(
        "INSERT INTO document (title, edition, location, in_force, updated_at)"
            + " VALUES ('システム設定書', '第1版', '住民課 書庫A', TRUE, CURRENT_TIMESTAMP)");
    long document =
        jdbc.queryForObject("SELECT id FROM document WHERE title = 'システム設定書'", Long.class);
    jdbc.update(
        "INSERT INTO document_request (document_id, kind, purpose, requested_by, requested_at,"
            + " status, decided_by, decided_at) VALUES (?, 'TAKE_OUT', '監査対応', 'clerk-x',"
            + " CURRENT_TIMESTAMP, 'APPROVED', 'officer-v', CURRENT_TIMESTAMP)",
        document);
    long request = jdbc.queryForObject("SELECT MAX(id) FROM document_request", Long.class);
    Page page = signIn("officer-u", "Officer-Pass-82");
    page.navigate(url("documents"));

    page.locator("#documents-grid vaadin-grid-cell-content").getByText("システム設定書").click();
    type(page, "document-edit-edition", "第2版");
    type(page, "document-edit-location", "情報システム課 書庫");
    page.locator("#document-save").click();
    assertThat(page.locator("#documents-grid")).containsText("情報システム課 書庫");
    page.locator("#complete-" + request).click();
    assertThat(page.locator("#completed-" + request)).containsText("返却済み officer-u");
    Chromium.screenshot(page, "27-document-updated-returned");
    page.locator("#documents-grid vaadin-grid-cell-content").getByText("システム設定書").click();
    page.locator("#document-retire").click();

    assertThat(page.locator("#documents-grid")).containsText("廃止 officer-u");
    assertThat(
            jdbc.queryForObject(
                "SELECT edition || ' ' || in_force || ' ' || retired_by FROM document WHERE id = ?",
                String.class,
                document))
        .isEqualToIgnoringCase("第2版 false officer-u");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE actor = 'officer-u' AND action IN"
                    + " ('DOCUMENT_UPDATED', 'DOCUMENT_RETURNED', 'DOCUMENT_RETIRED')",
                Integer.class))
        .isEqualTo(3);
  }
}
