package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.admin.fees.MoneySettings;
import org.kofu.projectdb.settlement.FeeSchedule;
import org.kofu.projectdb.settlement.SettlementRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 手数料・事業者 (issue 26 points 3 and 4): an officer schedules a campaign price and a commission, each
 * audited and read as the relays read them; anyone else sees the schedule and cannot change it; an
 * officer maps a kioskId prefix to an operator while a kiosk no prefix matches stays shown as
 * UNKNOWN.
 */
class FeesIT extends BrowserTestSupport {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Autowired MoneySettings settings;

  @Test
  void theOfficerSchedulesACampaignPriceThatTheRelaysReadAndTheAuditRecords() {
    account("officer-fee", Role.OFFICER, "Officer-Pass-71", false);
    LocalDateTime from = LocalDate.now(TOKYO).plusDays(2).atStartOfDay();
    Instant at = from.atZone(TOKYO).toInstant();
    Page page = signIn("officer-fee", "Officer-Pass-71");
    page.navigate(url("fees"));
    try {
      choose(page, "fee-type", "住民票記載事項証明書");
      pick(page, "fee-from", LocalDateTime.now(TOKYO).plusMinutes(2));
      type(page, "fee-yen", "10");
      page.locator("#add-fee").click();
      assertThat(page.locator("#fee-message")).containsText("分以上先");

      pick(page, "fee-from", from);
      page.locator("#add-fee").click();
      assertThat(page.locator("#fee-message")).containsText("予定を記録しました");
      assertThat(page.locator("#fee-grid")).containsText("予定");
      assertThat(page.locator("#fee-grid")).containsText("適用中");

      choose(page, "commission-operator", "*（個別契約のない全事業者）");
      pick(page, "commission-from", from);
      type(page, "commission-yen", "120");
      page.locator("#add-commission").click();
      assertThat(page.locator("#commission-grid")).containsText("120 円");
      Chromium.screenshot(page, "60-fee-schedule");

      FeeSchedule fees = FeeSchedule.of(new SettlementRepository(dataSource()).fees());
      assertThat(fees.feeAt("JUMINHYO_KISAI", at.minusMillis(1))).isEqualTo(OptionalInt.of(300));
      assertThat(fees.feeAt("JUMINHYO_KISAI", at)).isEqualTo(OptionalInt.of(10));
      assertThat(new SettlementRepository(dataSource()).commissions().perCopy("SEJ", at))
          .isEqualTo(120);
      assertThat(audited("FEE_SCHEDULED", "officer-fee")).isOne();
      assertThat(audited("COMMISSION_SCHEDULED", "officer-fee")).isOne();
    } finally {
      jdbc.update("DELETE FROM fee_schedule WHERE recorded_by = 'officer-fee'");
      jdbc.update("DELETE FROM commission_schedule WHERE recorded_by = 'officer-fee'");
    }
  }

  @Test
  void anOperatorSeesTheScheduleAndCannotChangeIt() {
    account("operator-fee", Role.OPERATOR, "Operator-Pass-72", false);
    Page page = signIn("operator-fee", "Operator-Pass-72");
    page.navigate(url("fees"));

    assertThat(page.locator("#fees-officer-only")).isVisible();
    assertThat(page.locator("#fee-grid")).containsText("住民票の写し");
    assertThat(page.locator("#add-fee")).isHidden();
    assertThat(page.locator("#save-prefix")).isHidden();
    Chromium.screenshot(page, "61-fees-read-only");

    Instant later = Instant.now().plusSeconds(86_400);
    SecurityContextHolder.getContext()
        .setAuthentication(
            new TestingAuthenticationToken("operator-fee", "-", Role.OPERATOR.authority()));
    try {
      assertThatThrownBy(() -> settings.addFee("INKAN", later, 10))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> settings.savePrefix("SEJ-", "UNKNOWN"))
          .isInstanceOf(AccessDeniedException.class);
    } finally {
      SecurityContextHolder.clearContext();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kiosk_prefix", Integer.class)).isZero();
  }

  @Test
  void theOfficerMapsAPrefixToAnOperatorAndAnUnmatchedKioskStaysShownAsUnknown() {
    account("officer-map", Role.OFFICER, "Officer-Pass-73", false);
    issued("map-1", "LAW-0001");
    issued("map-2", "ZZ-9");
    Page page = signIn("officer-map", "Officer-Pass-73");
    page.navigate(url("fees"));
    try {
      assertThat(page.locator("#kiosk-grid")).containsText("LAW-0001");
      type(page, "operator-code", "LAWSON");
      type(page, "operator-name", "ローソン");
      page.locator("#save-operator").click();
      assertThat(page.locator("#operator-grid")).containsText("ローソン");
      type(page, "prefix", "LAW-");
      choose(page, "prefix-operator", "LAWSON ローソン");
      page.locator("#save-prefix").click();
      assertThat(page.locator("#operator-message")).hasText("完了しました。");

      assertThat(page.locator("#prefix-grid")).containsText("LAW-");
      assertThat(page.locator("#kiosk-grid")).containsText("LAWSON ローソン");
      assertThat(page.locator("#kiosk-grid")).containsText("UNKNOWN 不明");
      page.locator("#kiosk-grid").scrollIntoViewIfNeeded();
      Chromium.screenshot(page, "62-operator-mapping");
      assertThat(settings.kiosks())
          .extracting(k -> k.kioskId() + " " + k.operatorNow())
          .containsSubsequence("ZZ-9 UNKNOWN", "LAW-0001 LAWSON");
      assertThat(audited("OPERATOR_SAVED", "officer-map")).isOne();
      assertThat(audited("KIOSK_PREFIX_SAVED", "officer-map")).isOne();
    } finally {
      jdbc.update("DELETE FROM issuance_request WHERE request_id IN ('map-1', 'map-2')");
      jdbc.update("DELETE FROM kiosk_prefix");
      jdbc.update("DELETE FROM store_operator WHERE operator_code <> 'UNKNOWN'");
    }
  }

  private javax.sql.DataSource dataSource() {
    return jdbc.getDataSource();
  }

  private int audited(String action, String actor) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM audit_log WHERE action = ? AND actor = ?",
        Integer.class,
        action,
        actor);
  }

  private void issued(String id, String kiosk) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "INSERT INTO issuance_request (request_id, request_hash, certificate_number, person_key,"
            + " certificate_type, fee_yen, page_count, source, body_sha256, issued_at, copies,"
            + " kiosk_id, requested_at, operator_code, commission_yen)"
            + " VALUES (?, ?, ?, 'P', 'JUMINHYO', 300, 1, 'CACHE', ?, ?, 1, ?, ?, 'UNKNOWN', 0)",
        id,
        "0".repeat(64),
        ("012025-999999-" + id + "000000").substring(0, 20),
        "0".repeat(64),
        now,
        kiosk,
        now);
  }

  /** Chooses an item of a Vaadin select by its label, as a clerk's click would. */
  private static void choose(Page page, String id, String label) {
    page.locator("#" + id).click();
    page.locator("vaadin-select-item")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(label))
        .first()
        .click();
  }

  /** Sets a date-time picker's value and commits it, as choosing in its overlay would. */
  private static void pick(Page page, String id, LocalDateTime value) {
    page.locator("#" + id)
        .evaluate(
            "(picker, value) => { picker.value = value;"
                + " picker.dispatchEvent(new CustomEvent('change', {bubbles: true})); }",
            value.withSecond(0).withNano(0).toString().substring(0, 16));
  }
}
