package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.beans.factory.annotation.Autowired;

class IssuanceLogIT extends BrowserTestSupport {

  private static final ChainTable ISSUANCE = ChainTable.ISSUANCE;

  private static final String CODE = "12345678901";

  @Autowired HashChain chain;

  /** Records other browser tests of this JVM chained before (the database is shared). */
  private long earlier;

  @BeforeAll
  void relayAndMadoguchiRecords() throws SQLException {
    earlier = jdbc.queryForObject("SELECT COUNT(*) FROM issuance_log", Long.class);
    try (Connection connection = DriverManager.getConnection(MADOGUCHI_URL);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS madoguchi");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS madoguchi.jumin"
              + " (atena_no BIGINT PRIMARY KEY, juminhyo_code CHAR(11) NOT NULL)");
      statement.execute("MERGE INTO madoguchi.jumin KEY (atena_no) VALUES (123, '" + CODE + "')");
    }
    Instant now = Instant.now();
    jdbc.update(
        "INSERT INTO issuance_request (request_id, request_hash, certificate_number, person_key,"
            + " certificate_type, fee_yen, page_count, source, body_sha256, pdf, issued_at,"
            + " outcome, pages_printed, reported_at)"
            + " VALUES ('req-alpha', ?, '012025-261126-000001', 'A123', 'JUMINHYO', 300, 1,"
            + " 'CACHE', ?, ?, ?, 'PRINTED', 1, ?)",
        "cd".repeat(32),
        "ab".repeat(32),
        new byte[] {1},
        java.time.OffsetDateTime.now(),
        java.time.OffsetDateTime.now());
    issued(now, "req-alpha", "A123", "JUMINHYO", "012025-261126-000001", "CACHE");
    issued(now, "req-beta", "A777", "INKAN", "012025-261126-000002", "ON_DEMAND");
    chain.append(
        ISSUANCE,
        Arrays.asList(
            now,
            "RESULT",
            "req-alpha",
            "K-001",
            "A123",
            "JUMINHYO",
            null,
            200,
            "RECORDED",
            "PRINTED/1",
            null,
            "012025-261126-000001",
            null,
            3L));
  }

  private void issued(
      Instant at, String request, String person, String type, String number, String source) {
    chain.append(
        ISSUANCE,
        Arrays.asList(
            at,
            "CERTIFICATE",
            request,
            "K-001",
            person,
            type,
            null,
            200,
            "ISSUED",
            null,
            source,
            number,
            "ab".repeat(32),
            120L));
  }

  @Test
  void anAuditorSearchesTheLogAndAPersonByExactCodeIsAudited() {
    account("auditor-l", Role.AUDITOR, "Auditor-Pass-44", false);
    Page page = signIn("auditor-l", "Auditor-Pass-44");
    page.navigate(url("issuance-log"));
    assertThat(page.locator("#log-count")).hasText((earlier + 3) + " 件");
    assertThat(page.locator("#log-grid")).containsText("req-beta");

    type(page, "log-request-id", "req-beta");
    page.locator("#log-search").click();
    // the grid keeps cells of rows it no longer shows in the DOM, so the count is asserted
    assertThat(page.locator("#log-count")).hasText("1 件");
    assertThat(page.locator("#log-grid")).containsText("印鑑登録証明書");
    assertThat(page.locator("#log-grid")).containsText("都度生成");

    type(page, "log-request-id", "");
    type(page, "log-juminhyo-code", CODE);
    page.locator("#log-search").click();
    assertThat(page.locator("#log-count")).hasText("2 件");
    assertThat(page.locator("#log-grid")).containsText("交付結果通知");
    assertThat(page.locator("#log-grid")).containsText("印刷済み（1 枚）");
    page.locator("#log-verify").click();
    assertThat(page.locator("#log-chain-result"))
        .containsText("改ざんはありません（" + (earlier + 3) + " 件）");
    Chromium.screenshot(page, "20-issuance-log-person");

    List<String> details =
        jdbc.queryForList(
            "SELECT detail FROM audit_log WHERE actor = 'auditor-l'"
                + " AND action = 'ISSUANCE_PERSON_SEARCH'",
            String.class);
    assertThat(details).containsExactly("person=A123");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?",
                Integer.class,
                "%" + CODE + "%"))
        .isZero();
  }

  @Test
  void anOperatorsExportIsApprovedByTheOfficerAndDownloadedOnce() throws Exception {
    long audited = jdbc.queryForObject("SELECT COALESCE(MAX(seq), 0) FROM audit_log", Long.class);
    account("operator-x", Role.OPERATOR, "Operator-Pass-55", false);
    account("officer-x", Role.OFFICER, "Officer-Pass-55", false);
    Page operator = signIn("operator-x", "Operator-Pass-55");
    operator.navigate(url("issuance-log"));
    type(operator, "log-request-id", "req-alpha");
    operator.locator("#log-search").click();
    assertThat(operator.locator("#log-count")).hasText("2 件");
    operator.locator("#log-request-export").click();
    assertThat(operator.locator("#log-message")).containsText("申請しました");

    Page officer = signIn("officer-x", "Officer-Pass-55");
    officer.navigate(url("exports"));
    officer.locator("#export-grid vaadin-grid-cell-content").getByText("operator-x").click();
    officer.locator("#export-approve").click();
    assertThat(officer.locator("#export-message")).containsText("完了しました");
    assertThat(officer.locator("#export-grid")).containsText("承認済み");
    Chromium.screenshot(officer, "21-export-approved");

    operator.navigate(url("exports"));
    operator.locator("#export-grid vaadin-grid-cell-content").getByText("operator-x").click();
    Download download =
        operator.waitForDownload(() -> operator.locator("#export-download").click());
    String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
    assertThat(csv.lines()).hasSize(3);
    assertThat(csv).startsWith("\uFEFFseq,occurred_at,kind").contains("RESULT").contains("PRINTED");
    operator.navigate(url("exports"));
    assertThat(operator.locator("#export-grid")).containsText("ダウンロード済み");
    Chromium.screenshot(operator, "22-export-downloaded");

    assertThat(
            jdbc.queryForList(
                "SELECT action FROM audit_log WHERE action LIKE 'EXPORT_%' AND seq > ?"
                    + " ORDER BY seq",
                String.class, audited))
        .containsExactly("EXPORT_REQUESTED", "EXPORT_APPROVED", "EXPORT_DOWNLOADED");
  }

  @Test
  void theStatisticsShowTheChartAndTheMonthlyReport() throws Exception {
    account("auditor-s", Role.AUDITOR, "Auditor-Pass-66", false);
    Page page = signIn("auditor-s", "Auditor-Pass-66");
    page.navigate(url("statistics"));
    assertThat(page.locator("#statistics-fees")).containsText("住民票の写し");
    assertThat(page.locator("#statistics-fees")).containsText("300");
    assertThat(page.locator("#statistics-daily")).containsText("印刷済み");
    assertThat(page.locator("#statistics-daily")).containsText("交付");
    page.waitForFunction(
        "() => { const i = document.querySelector('#statistics-chart');"
            + " return i && i.complete && i.naturalWidth > 0; }");
    Chromium.screenshot(page, "23-statistics");
    Download download = page.waitForDownload(() -> page.locator("#statistics-report").click());
    byte[] pdf = Files.readAllBytes(download.path());
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
    Files.write(java.nio.file.Path.of("target/screenshots/23-monthly-report.pdf"), pdf);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE actor = 'auditor-s'"
                    + " AND action = 'MONTHLY_REPORT'",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void theDashboardShowsTodaysIssuancesTheHitRatioAndTheVolumeAlert() {
    account("officer-d", Role.OFFICER, "Officer-Pass-77", false);
    Page page = signIn("officer-d", "Officer-Pass-77");
    page.navigate(url(""));
    assertThat(page.locator("#today-total")).containsText("2 件");
    assertThat(page.locator("#today-total")).containsText("キャッシュ利用率 50.0%");
    assertThat(page.locator("#today-JUMINHYO")).containsText("事前生成 1");
    assertThat(page.locator("#today-INKAN")).containsText("都度生成 1");
    assertThat(page.locator("#alert-volume")).containsText("閾値 1 件");
    Chromium.screenshot(page, "24-dashboard-issuances");
  }

  @Test
  void aTamperedIssuanceRecordRaisesAnAlertOnTheDashboard() {
    account("officer-k", Role.OFFICER, "Officer-Pass-78", false);
    jdbc.update("UPDATE issuance_log SET kiosk_id = 'K-999' WHERE request_id = 'req-beta'");
    try {
      Page page = signIn("officer-k", "Officer-Pass-78");

      assertThat(page.locator("#alerts")).containsText("発行ログのハッシュチェーンが連番");
      Chromium.screenshot(page, "25-dashboard-issuance-chain-broken");
    } finally {
      jdbc.update("UPDATE issuance_log SET kiosk_id = 'K-001' WHERE request_id = 'req-beta'");
    }
  }
}
