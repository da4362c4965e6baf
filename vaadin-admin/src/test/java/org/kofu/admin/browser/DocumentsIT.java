package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;

class DocumentsIT extends BrowserTestSupport {

  @Test
  void anOperatorRequestsATakeOutAndTheOfficerApprovesIt() {
    account("operator-d", Role.OPERATOR, "Operator-Pass-66", false);
    account("officer-d", Role.OFFICER, "Officer-Pass-66", false);
    jdbc.update(
        "INSERT INTO document (title, edition, location, in_force, updated_at)"
            + " VALUES ('運用手順書', '第3版', '住民課 書庫A', TRUE, CURRENT_TIMESTAMP)");
    Page operator = signIn("operator-d", "Operator-Pass-66");
    operator.navigate(url("documents"));

    operator.locator("#documents-grid vaadin-grid-cell-content").getByText("運用手順書").click();
    operator.locator("#document-kind input").fill("持出し");
    operator.locator("#document-kind input").press("Enter");
    type(operator, "document-purpose", "保守業者との打合せ");
    operator.locator("#document-request").click();

    assertThat(operator.locator("#requests-grid")).containsText("承認待ち");
    long id = jdbc.queryForObject("SELECT MAX(id) FROM document_request", Long.class);
    Page officer = signIn("officer-d", "Officer-Pass-66");
    officer.navigate(url("documents"));
    type(officer, "reason-" + id, "当日中に返却");
    officer.locator("#approve-" + id).click();

    assertThat(officer.locator("#requests-grid")).containsText("officer-d");
    Chromium.screenshot(officer, "13-document-request-approved");
    assertThat(
            jdbc.queryForObject(
                "SELECT status FROM document_request WHERE id = ?", String.class, id))
        .isEqualTo("APPROVED");
  }

  @Test
  void theOfficerWhoCreatedTheRequestersAccountSeesNoApproveButton() {
    account("operator-e", Role.OPERATOR, "Operator-Pass-67", false);
    account("officer-e", Role.OFFICER, "Officer-Pass-67", false);
    jdbc.update("UPDATE admin_user SET created_by = 'officer-e' WHERE login = 'operator-e'");
    jdbc.update(
        "INSERT INTO document (title, edition, location, in_force, updated_at)"
            + " VALUES ('障害対応手順書', '第1版', '住民課 書庫B', TRUE, CURRENT_TIMESTAMP)");
    long document =
        jdbc.queryForObject("SELECT id FROM document WHERE title = '障害対応手順書'", Long.class);
    jdbc.update(
        "INSERT INTO document_request (document_id, kind, purpose, requested_by, requested_at,"
            + " status) VALUES (?, 'TAKE_OUT', '研修', 'operator-e', CURRENT_TIMESTAMP, 'PENDING')",
        document);
    long id = jdbc.queryForObject("SELECT MAX(id) FROM document_request", Long.class);

    Page officer = signIn("officer-e", "Officer-Pass-67");
    officer.navigate(url("documents"));

    assertThat(officer.locator("#other-officer-" + id)).containsText("別のデータ保護責任者");
    assertThat(officer.locator("#approve-" + id)).hasCount(0);
  }
}
