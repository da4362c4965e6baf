package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.projectdb.settlement.ClosedDayChanges;
import org.kofu.projectdb.settlement.DailyClose;
import org.kofu.projectdb.settlement.DailyCounts;

/**
 * 精算 (issue 26 point 5): a month's settlement from its sealed closes, the closed days with their
 * seal and its check, a PRINTED result that arrived after a close shown as a change (not absorbed),
 * and the month's PDF and CSV downloaded, each download audited. Any role sees it, as the fees.
 */
class SettlementIT extends BrowserTestSupport {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final LocalDate OCT1 = LocalDate.of(2025, 10, 1);
  private static final LocalDate OCT2 = LocalDate.of(2025, 10, 2);

  @Test
  void theMonthShowsItsClosesALaterChangeAndDownloadsAudited() throws Exception {
    account("auditor-st", Role.AUDITOR, "Auditor-Pass-81", false);
    try {
      closeTwoDaysWithALateResult();

      Page page = signIn("auditor-st", "Auditor-Pass-81");
      page.navigate(url("settlement"));
      page.locator("#settlement-month input").fill("2025-10");
      page.locator("vaadin-combo-box-item")
          .filter(new Locator.FilterOptions().setHasText("2025-10"))
          .first()
          .click();

      Locator lines = page.locator("#settlement-lines");
      assertThat(lines).containsText("SEJ セブン-イレブン");
      assertThat(lines).containsText("戸籍全部事項証明書");
      assertThat(lines).containsText("UNKNOWN 不明");
      assertThat(lines).containsText("合計");
      assertThat(lines).containsText("1,350"); // 600 + 300 + 450: the late one is not absorbed
      assertThat(page.locator("#settlement-not-closed")).containsText("29日");
      assertThat(page.locator("#settlement-days")).containsText("2025-10-02");
      assertThat(page.locator("#settlement-days")).containsText("一致");
      assertThat(page.locator("#settlement-changes")).containsText("件数・金額が変わった");
      assertThat(page.locator("#settlement-changes")).containsText("1件・1通・450円");
      assertThat(page.locator("#settlement-changes")).containsText("2件・2通・900円");
      Chromium.screenshot(page, "67-settlement");

      downloadsAreAudited(page);
    } finally {
      jdbc.update("DELETE FROM daily_close_change WHERE close_day IN (?, ?)", OCT1, OCT2);
      jdbc.update("DELETE FROM daily_close_count WHERE close_day IN (?, ?)", OCT1, OCT2);
      jdbc.update("DELETE FROM daily_close WHERE close_day IN (?, ?)", OCT1, OCT2);
      jdbc.update("DELETE FROM issuance_request WHERE request_id LIKE 'st_'");
      jdbc.update("DELETE FROM store_operator WHERE operator_code = 'SEJ'");
    }
  }

  /** Oct 1 and 2 closed; a PRINTED result for Oct 2 arrives after its close and is found. */
  private void closeTwoDaysWithALateResult() {
    DataSource dataSource = jdbc.getDataSource();
    DailyCounts counts = new DailyCounts(dataSource, TOKYO);
    DailyClose close = new DailyClose(dataSource, counts);
    jdbc.update("INSERT INTO store_operator VALUES ('SEJ', 'セブン-イレブン')");
    issued("st1", OCT1, "JUMINHYO", 2, 600, "PRINTED", "SEJ", 240);
    issued("st2", OCT1, "INKAN", 1, 300, "PRINTED", "UNKNOWN", 0);
    issued("st3", OCT2, "KOSEKI_ZENBU", 1, 450, "PRINTED", "SEJ", 120);
    issued("st4", OCT2, "KOSEKI_ZENBU", 1, 450, null, "SEJ", 120);
    close.close(OCT1, instant(OCT1.atTime(23, 40)));
    close.close(OCT2, instant(OCT2.atTime(23, 40)));
    // the kiosk's result for st4 arrives after the close; the batch's next run finds it
    jdbc.update("UPDATE issuance_request SET outcome = 'PRINTED' WHERE request_id = 'st4'");
    new ClosedDayChanges(dataSource, close, counts)
        .recordNew(OCT2, instant(OCT2.plusDays(1).atTime(23, 40)));
  }

  private void downloadsAreAudited(Page page) throws Exception {
    byte[] pdf = download(page, "settlement-pdf");
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/67-settlement.pdf"), pdf);
    String csv = new String(download(page, "settlement-csv"), StandardCharsets.UTF_8);
    assertThat(csv)
        .contains("SEJ,セブン-イレブン,JUMINHYO,1,2,600,240,360")
        .contains("TOTAL,,,3,4,1350,360,990");
    assertThat(
            jdbc.queryForList(
                "SELECT detail FROM audit_log WHERE actor = 'auditor-st'"
                    + " AND action = 'SETTLEMENT_DOWNLOADED' ORDER BY seq",
                String.class))
        .containsExactly("month=2025-10 format=PDF", "month=2025-10 format=CSV");
  }

  private static byte[] download(Page page, String id) throws Exception {
    Download download = page.waitForDownload(() -> page.locator("#" + id).click());
    return Files.readAllBytes(download.path());
  }

  private static Instant instant(LocalDateTime tokyo) {
    return tokyo.atZone(TOKYO).toInstant();
  }

  private void issued(
      String id,
      LocalDate day,
      String type,
      int copies,
      int fee,
      String outcome,
      String operator,
      int commission) {
    Timestamp at = Timestamp.from(instant(day.atTime(10, 0)));
    jdbc.update(
        "INSERT INTO issuance_request (request_id, request_hash, certificate_number, person_key,"
            + " certificate_type, fee_yen, page_count, source, body_sha256, issued_at, outcome,"
            + " copies, kiosk_id, requested_at, operator_code, commission_yen)"
            + " VALUES (?, ?, ?, 'P', ?, ?, 1, 'CACHE', ?, ?, ?, ?, 'K-1', ?, ?, ?)",
        id,
        "0".repeat(64),
        "012025-251001-" + id + "000",
        type,
        fee,
        "0".repeat(64),
        at,
        outcome,
        copies,
        at,
        operator,
        commission);
  }
}
