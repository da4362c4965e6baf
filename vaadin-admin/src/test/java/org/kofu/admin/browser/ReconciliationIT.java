package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.admin.reconciliation.Statements;
import org.kofu.projectdb.settlement.DailyClose;
import org.kofu.projectdb.settlement.DailyCounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 照合 (issue 26 point 6): an officer uploads the center's statement, which is imported, audited and
 * compared with the sealed counts of the closed days, the planted differences shown exactly; a
 * malformed file is refused with its line and field and nothing of it is stored; anyone else sees
 * the result and cannot upload.
 */
class ReconciliationIT extends BrowserTestSupport {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final String HEADER = "date,operator,certificateType,copies,feeYen\n";

  /** 11/2 is missing, FAMIMA is extra, LAWSON's INKAN fee is wrong, 11/4 is not closed. */
  private static final String STATEMENT =
      HEADER
          + "2026-11-01,SEJ,JUMINHYO,2,600\n"
          + "2026-11-01,LAWSON,INKAN,1,350\n"
          + "2026-11-01,FAMIMA,JUMINHYO,1,300\n"
          + "2026-11-03,LAWSON,JUMINHYO,3,900\n"
          + "2026-11-04,SEJ,JUMINHYO,5,1500\n";

  @Autowired Statements statements;

  @BeforeEach
  void closedDays() {
    // the shared build machine can take longer than the default 5 s to render a view
    PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    operator("SEJ", "セブン-イレブン", "SEJ-");
    operator("LAWSON", "ローソン", "LAW-");
    issued("rc-1", "SEJ-0001", "JUMINHYO", 2, 600, "2026-11-01T03:00:00Z");
    issued("rc-2", "LAW-0001", "INKAN", 1, 300, "2026-11-01T04:00:00Z");
    issued("rc-3", "SEJ-0002", "JUMINHYO", 1, 300, "2026-11-02T03:00:00Z");
    issued("rc-4", "LAW-0002", "JUMINHYO", 3, 900, "2026-11-03T03:00:00Z");
    issued("rc-5", "SEJ-0001", "JUMINHYO", 5, 1500, "2026-11-04T03:00:00Z");
    DataSource dataSource = jdbc.getDataSource();
    DailyClose close = new DailyClose(dataSource, new DailyCounts(dataSource, TOKYO));
    for (int day = 1; day <= 3; day++) {
      close.close(LocalDate.of(2026, 11, day), Instant.parse("2026-11-0" + day + "T16:00:00Z"));
    }
  }

  @AfterEach
  void forget() {
    jdbc.update("DELETE FROM statement_row");
    jdbc.update("DELETE FROM statement_import");
    jdbc.update("DELETE FROM daily_close_count WHERE close_day < DATE '2026-12-01'");
    jdbc.update("DELETE FROM daily_close WHERE close_day < DATE '2026-12-01'");
    jdbc.update("DELETE FROM issuance_request WHERE request_id LIKE 'rc-%'");
    jdbc.update("DELETE FROM kiosk_prefix");
    jdbc.update("DELETE FROM store_operator WHERE operator_code <> 'UNKNOWN'");
  }

  @Test
  void theOfficerUploadsTheCentersStatementAndSeesThePlantedDifferencesExactly() {
    account("officer-rc", Role.OFFICER, "Officer-Pass-81", false);
    Page page = signIn("officer-rc", "Officer-Pass-81");
    page.navigate(url("reconciliation"));
    assertThat(page.locator("#recon-summary")).hasText("取り込んだ明細はありません。");

    upload(page, "2026-11-center.csv", "\uFEFF" + STATEMENT);

    assertThat(page.locator("#upload-message")).containsText("2026-11-center.csv、5行）を取り込みました");
    assertThat(page.locator("#recon-summary")).containsText("数値の相違 1件、明細のみ 1件、市の記録のみ 1件、一致 2件");
    assertThat(page.locator("#recon-summary")).containsText("締め済みの 3日を照合");
    assertThat(rows(page, 4))
        .containsExactly(
            "2026-11-01|FAMIMA|住民票の写し|明細のみ|1||+1|300 円||+300 円",
            "2026-11-01|LAWSON|印鑑登録証明書|数値の相違|1|1|0|350 円|300 円|+50 円",
            "2026-11-02|SEJ|住民票の写し|市の記録のみ||1|−1||300 円|−300 円",
            "2026-11-04|SEJ|住民票の写し|未締め|5|||1,500 円||");
    Chromium.screenshot(page, "63-reconciliation");
    assertThat(textAlign(page, "recon-grid", 9)).isIn("end", "right");

    sortBy(page, 9); // 手数料の差
    // ascending: the record-only line (−300 円) first, the not-closed one (no difference) before it
    assertThat(rowsWhen(page, r -> r.size() == 4 && r.get(1).startsWith("2026-11-02|SEJ")))
        .extracting(r -> r.substring(0, r.indexOf('|', 11)))
        .containsExactly(
            "2026-11-04|SEJ", "2026-11-02|SEJ", "2026-11-01|LAWSON", "2026-11-01|FAMIMA");
    assertThat(audited("STATEMENT_IMPORTED", "officer-rc")).isOne();
  }

  @Test
  void aMalformedStatementIsRefusedWithItsLineAndFieldAndNothingIsStored() {
    account("officer-rf", Role.OFFICER, "Officer-Pass-82", false);
    Page page = signIn("officer-rf", "Officer-Pass-82");
    page.navigate(url("reconciliation"));
    choose(page, "statement-origin", "LAWSON");

    upload(
        page, "bad.csv", HEADER + "2026-11-01,LAWSON,INKAN,1,300\n2026-11-31,LAWSON,INKAN,1,300\n");

    assertThat(page.locator("#upload-message"))
        .hasText("受け付けませんでした（何も保存していません）：3行目、項目「date」：日付ではありません（YYYY-MM-DD）");
    assertThat(page.locator("#recon-summary")).hasText("取り込んだ明細はありません。");
    Chromium.screenshot(page, "64-reconciliation-refused");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM statement_import", Integer.class))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM statement_row", Integer.class)).isZero();
    assertThat(audited("STATEMENT_REFUSED", "officer-rf")).isOne();
    assertThat(
            jdbc.queryForObject(
                "SELECT detail FROM audit_log WHERE action = 'STATEMENT_REFUSED' AND actor = ?",
                String.class,
                "officer-rf"))
        .isEqualTo("LAWSON line 3 date DATE");

    upload(
        page,
        "lawson.csv",
        HEADER + "2026-11-01,LAWSON,INKAN,1,300\n2026-11-03,LAWSON,JUMINHYO,3,900\n");
    assertThat(page.locator("#upload-message")).containsText("lawson.csv、2行）を取り込みました");
    assertThat(page.locator("#recon-summary")).containsText("数値の相違 0件、明細のみ 0件、市の記録のみ 0件、一致 2件");
  }

  @Test
  void anOperatorSeesTheResultAndCannotUpload() {
    account("officer-ro", Role.OFFICER, "Officer-Pass-83", false);
    account("operator-ro", Role.OPERATOR, "Operator-Pass-83", false);
    as(
        "officer-ro",
        Role.OFFICER,
        () ->
            statements.upload("CENTER", "2026-11.csv", STATEMENT.getBytes(StandardCharsets.UTF_8)));
    Page page = signIn("operator-ro", "Operator-Pass-83");
    page.navigate(url("reconciliation"));

    assertThat(page.locator("#recon-officer-only")).isVisible();
    assertThat(page.locator("#statement-upload")).hasCount(0);
    assertThat(page.locator("#import-select")).containsText("2026-11.csv");
    assertThat(rows(page, 4)).hasSize(4);
    Chromium.screenshot(page, "65-reconciliation-read-only");
    assertThatThrownBy(
            () ->
                as(
                    "operator-ro",
                    Role.OPERATOR,
                    () ->
                        statements.upload(
                            "CENTER", "x.csv", STATEMENT.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM statement_import", Integer.class)).isOne();
  }

  private static void upload(Page page, String name, String text) {
    page.locator("#statement-upload input[type=file]")
        .setInputFiles(new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The grid's rows in the order shown, once there are {@code count} of them. */
  private static List<String> rows(Page page, int count) {
    return rowsWhen(page, r -> r.size() == count);
  }

  /**
   * The grid's rows in the order shown (cells joined by {@code |}) once they satisfy {@code ok}.
   */
  @SuppressWarnings("unchecked")
  private static List<String> rowsWhen(Page page, Predicate<List<String>> ok) {
    long until = System.nanoTime() + 30_000_000_000L;
    List<String> rows;
    do {
      page.waitForTimeout(200);
      rows =
          (List<String>)
              page.locator("#recon-grid")
                  .evaluate(
                      "grid => [...grid.shadowRoot.querySelectorAll('#items tr')]"
                          + ".filter(r => !r.hidden && r.index !== undefined && r.index < grid.size)"
                          + ".sort((a, b) => a.index - b.index)"
                          + ".map(r => [...r.querySelectorAll('td')].map(td => {"
                          + "  const slot = td.querySelector('slot');"
                          + "  const cell = slot && slot.assignedNodes()[0];"
                          + "  return cell ? cell.textContent.trim() : ''; }).join('|'))");
    } while (!ok.test(rows) && System.nanoTime() < until);
    return rows;
  }

  private static String textAlign(Page page, String gridId, int column) {
    return (String)
        page.locator("#" + gridId)
            .evaluate(
                "(grid, column) => getComputedStyle(grid.shadowRoot.querySelector('#items tr')"
                    + ".querySelectorAll('td')[column].querySelector('slot').assignedNodes()[0])"
                    + ".textAlign",
                column);
  }

  /** Sorts by the {@code column}th column (0-based), as a click on its header would. */
  private static void sortBy(Page page, int column) {
    page.locator("#recon-grid vaadin-grid-sorter").nth(column).click();
  }

  private static void choose(Page page, String id, String label) {
    page.locator("#" + id).click();
    page.locator("vaadin-select-item")
        .filter(new Locator.FilterOptions().setHasText(label))
        .first()
        .click();
  }

  private static void as(String login, Role role, Runnable action) {
    SecurityContextHolder.getContext()
        .setAuthentication(new TestingAuthenticationToken(login, "-", role.authority()));
    try {
      action.run();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private int audited(String action, String actor) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = ?",
        Integer.class,
        action,
        actor);
  }

  private void operator(String code, String name, String prefix) {
    jdbc.update("INSERT INTO store_operator (operator_code, name) VALUES (?, ?)", code, name);
    jdbc.update("INSERT INTO kiosk_prefix (prefix, operator_code) VALUES (?, ?)", prefix, code);
  }

  private void issued(String id, String kiosk, String type, int copies, int fee, String at) {
    Timestamp when = Timestamp.from(Instant.parse(at));
    jdbc.update(
        "INSERT INTO issuance_request (request_id, request_hash, certificate_number, person_key,"
            + " certificate_type, fee_yen, page_count, source, body_sha256, issued_at, outcome,"
            + " copies, kiosk_id, requested_at)"
            + " VALUES (?, ?, ?, 'P', ?, ?, 1, 'CACHE', ?, ?, 'PRINTED', ?, ?, ?)",
        id,
        "0".repeat(64),
        ("012025-261101-" + id + "000000").substring(0, 20),
        type,
        fee,
        "0".repeat(64),
        when,
        copies,
        kiosk,
        when);
  }
}
