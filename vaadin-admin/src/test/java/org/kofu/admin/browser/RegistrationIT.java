package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.projectdb.registration.NewRegistration;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.projectdb.registration.RegistrationStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 本籍地利用登録 in the admin: candidates from an H2 戸籍 of two registers (900: 五稜郭一郎, 花子; 901: 髙橋太郎, 次郎),
 * approval by choosing one, rejection when none agrees, revocation, and a suspension by the system
 * as the clerk sees it.
 */
class RegistrationIT extends BrowserTestSupport {

  private static final String HONSEKI = "北海道函館市五稜郭町44番";
  private static int codes;

  @Autowired RegistrationRepository registrations;

  @BeforeAll
  void koseki() throws SQLException {
    try (Connection connection = DriverManager.getConnection(KOSEKI_URL);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS koseki");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS koseki.koseki (koseki_id BIGINT PRIMARY KEY,"
              + " honseki VARCHAR(200), hittosha VARCHAR(100), hensei_date DATE,"
              + " status VARCHAR(10), version BIGINT)");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS koseki.kojin (koseki_id BIGINT, kojin_no INTEGER,"
              + " atena_no BIGINT, shimei VARCHAR(100), birth_date DATE, sex CHAR(1),"
              + " father VARCHAR(100), mother VARCHAR(100), zokugara VARCHAR(20),"
              + " joseki BOOLEAN, version BIGINT, PRIMARY KEY (koseki_id, kojin_no))");
      statement.execute("DELETE FROM koseki.kojin");
      statement.execute("DELETE FROM koseki.koseki");
      statement.execute(
          "INSERT INTO koseki.koseki VALUES (900, '"
              + HONSEKI
              + "', '五稜郭一郎',"
              + " DATE '1980-01-01', 'CURRENT', 1), (901, '"
              + HONSEKI
              + "', '髙橋太郎',"
              + " DATE '1985-01-01', 'CURRENT', 1)");
      statement.execute(
          "INSERT INTO koseki.kojin VALUES"
              + " (900, 1, NULL, '一郎', DATE '1955-01-01', '1', NULL, NULL, '長男', FALSE, 1),"
              + " (900, 2, NULL, '花子', DATE '1985-06-15', '2', '五稜郭一郎', NULL, '長女', FALSE, 1),"
              + " (901, 1, NULL, '太郎', DATE '1960-03-03', '1', NULL, NULL, '長男', FALSE, 1),"
              + " (901, 2, NULL, '次郎', DATE '1990-02-02', '1', '髙橋太郎', NULL, '二男', FALSE, 1)");
    }
    account("operator-g", Role.OPERATOR, "Operator-Pass-33", false);
  }

  private long pending(String name, LocalDate born, String hittosha) {
    String code = Long.toString(33_300_000_000L + ++codes);
    return registrations.insertPending(
        new NewRegistration(
            "browser-" + code, code, name, "カナ", born, HONSEKI, hittosha, Instant.now()));
  }

  private Page registrationsPage() {
    Page page = signIn("operator-g", "Operator-Pass-33");
    page.navigate(url("registrations"));
    return page;
  }

  @Test
  void anOperatorApprovesByChoosingTheCandidateTheKosekiOffers() {
    long id = pending("高橋　次郎", LocalDate.of(1990, 2, 2), "高橋 太郎");
    Page page = registrationsPage();

    page.locator("#pending-grid vaadin-grid-cell-content").getByText("高橋　次郎").click();
    assertThat(page.locator("#candidate-note")).containsText("1 名");
    assertThat(page.locator("#approve")).isDisabled();
    page.locator("#candidate-grid vaadin-grid-cell-content").getByText("髙橋次郎").click();
    assertThat(page.locator("#approve")).isEnabled();
    Chromium.screenshot(page, "08a-registration-candidate");
    page.locator("#approve").click();

    assertThat(page.locator("#registration-message")).containsText("完了しました");
    assertThat(page.locator("#decided-grid")).containsText("K901-2");
    Chromium.screenshot(page, "08-registration-approved");
    Registration approved = registrations.find(id).orElseThrow();
    assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
    assertThat(approved.kosekiId()).isEqualTo(901L);
    assertThat(approved.kojinNo()).isEqualTo(2);
    assertThat(approved.decidedBy()).isEqualTo("operator-g");
    assertThat(audit("REGISTRATION_APPROVED")).contains("#" + id + " K901-2 DONE");
  }

  @Test
  void anApplicationWithNoCandidateCanOnlyBeRejected() {
    long id = pending("存在　しない", LocalDate.of(1970, 7, 7), "五稜郭 一郎");
    Page page = registrationsPage();

    page.locator("#pending-grid vaadin-grid-cell-content").getByText("存在　しない").click();
    assertThat(page.locator("#candidate-note")).containsText("却下のみ");
    assertThat(page.locator("#approve")).isDisabled();
    Chromium.screenshot(page, "08b-registration-no-candidate");
    type(page, "reject-reason", "戸籍に該当者なし");
    page.locator("#reject").click();

    assertThat(page.locator("#registration-message")).containsText("完了しました");
    Registration rejected = registrations.find(id).orElseThrow();
    assertThat(rejected.status()).isEqualTo(RegistrationStatus.REJECTED);
    assertThat(rejected.reason()).isEqualTo("戸籍に該当者なし");
    assertThat(audit("REGISTRATION_REJECTED")).contains("#" + id + " DONE 戸籍に該当者なし");
  }

  @Test
  void anOperatorRevokesAnApproval() {
    long id = pending("五稜郭　花子", LocalDate.of(1985, 6, 15), "五稜郭 一郎");
    registrations.approve(id, 0, 900, 2, "officer", Instant.now());
    Page page = registrationsPage();

    page.locator("#decided-grid vaadin-grid-cell-content").getByText("五稜郭　花子").click();
    type(page, "revoke-reason", "申請者からの取下げ");
    page.locator("#revoke").click();

    assertThat(page.locator("#registration-message")).containsText("完了しました");
    assertThat(page.locator("#decided-grid")).containsText("申請者からの取下げ");
    Registration revoked = registrations.find(id).orElseThrow();
    assertThat(revoked.status()).isEqualTo(RegistrationStatus.REVOKED);
    assertThat(revoked.endedBy()).isEqualTo("operator-g");
    assertThat(registrations.approvedFor(revoked.juminhyoCode())).isEmpty();
    assertThat(audit("REGISTRATION_REVOKED")).contains("#" + id + " K900-2 DONE 申請者からの取下げ");
  }

  @Test
  void aSuspensionByTheSystemIsShownToTheClerkWhoMayRevokeIt() {
    long id = pending("髙橋　太郎", LocalDate.of(1960, 3, 3), "髙橋太郎");
    registrations.approve(id, 0, 901, 1, "officer", Instant.now());
    registrations.suspend(id, "LEFT_REGISTER", "batch", Instant.now());
    Page page = registrationsPage();

    page.locator("#decided-grid vaadin-grid-cell-content").getByText("髙橋　太郎").click();

    assertThat(page.locator("#decided-grid")).containsText("停止中");
    assertThat(page.locator("#decided-grid")).containsText("戸籍から除かれた（除籍・転籍）");
    assertThat(page.locator("#revoke")).isEnabled();
    Chromium.screenshot(page, "08c-registration-suspended");
  }

  private java.util.List<String> audit(String action) {
    return jdbc.queryForList("SELECT detail FROM audit_log WHERE action = ?", String.class, action);
  }
}
