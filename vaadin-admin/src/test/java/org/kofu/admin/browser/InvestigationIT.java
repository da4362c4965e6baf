package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.admin.investigation.IssuedBodies;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An incident's investigation in the browser: a clerk links issuances by number, by kiosk and time
 * range and by person, sees what each printed and to whom and the persons to notify, asks to show
 * one again; another officer approves; the clerk opens it once, its hash checked.
 */
class InvestigationIT extends BrowserTestSupport {

  private static final String CODE = "32345678901";

  @Autowired HashChain chain;
  @Autowired DataSource dataSource;

  private String number;
  private long incident;

  @BeforeAll
  void issuancesAndAnIncident() throws SQLException {
    try (Connection connection = DriverManager.getConnection(MADOGUCHI_URL);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS madoguchi");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS madoguchi.jumin"
              + " (atena_no BIGINT PRIMARY KEY, juminhyo_code CHAR(11) NOT NULL)");
      statement.execute("MERGE INTO madoguchi.jumin KEY (atena_no) VALUES (4100, '" + CODE + "')");
    }
    IssuedBodies issued = new IssuedBodies(dataSource, chain);
    number = issued.issue("br-inv-a", "K-77", "A4200", Instant.parse("2026-11-20T01:00:00Z"));
    issued.issue("br-inv-b", "K-78", "A4300", Instant.parse("2026-11-20T02:10:00Z"));
    issued.issue("br-inv-c", "K-79", "A4100", Instant.parse("2026-11-21T02:00:00Z"));
    incident = issued.incident("別人の証明書が交付された疑い（訓練）");
    account("clerk-inv", Role.OPERATOR, "Operator-Pass-91", false);
    account("chief-inv", Role.OFFICER, "Officer-Pass-92", false);
  }

  @Test
  void aClerkLinksIssuancesTheThreeWaysAndAnotherOfficerApprovesShowingOne() {
    Page clerk = signIn("clerk-inv", "Operator-Pass-91");
    clerk.navigate(url("investigations/" + incident));

    type(clerk, "link-number", number);
    clerk.locator("#link-by-number").click();
    assertThat(clerk.locator("#linked-issuances")).containsText(number);

    type(clerk, "link-kiosk", "K-78");
    pick(clerk, "link-from", "2026/11/20", "11:00");
    pick(clerk, "link-to", "2026/11/20", "12:00");
    clerk.locator("#link-by-kiosk").click();
    assertThat(clerk.locator("#linked-issuances")).containsText("K-78");

    type(clerk, "link-person", CODE);
    clerk.locator("#link-by-person").click();
    assertThat(clerk.locator("#linked-issuances")).containsText("A4100");
    assertThat(clerk.locator("#linked-issuances")).containsText("住民票の写し");
    assertThat(clerk.locator("#linked-issuances")).containsText("本人で");
    assertThat(clerk.locator("#persons-to-notify")).containsText("3 人");
    assertThat(clerk.locator("#persons-to-notify")).containsText("A4200");
    clerk.locator("#notify-export").click();
    assertThat(clerk.getByText("出力を申請しました").first()).isVisible();
    org.assertj.core.api.Assertions.assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM export_request WHERE kind = 'NOTIFY_LIST'"
                    + " AND incident_id = ? AND status = 'PENDING'",
                Integer.class,
                incident))
        .isEqualTo(1);

    type(clerk, "display-reason", "交付内容の確認");
    clerk.locator("#ask-br-inv-a").click();
    assertThat(clerk.locator("#display-requests")).containsText("承認待ち");
    Chromium.screenshot(clerk, "27-investigation-linked");

    Page chief = signIn("chief-inv", "Officer-Pass-92");
    chief.navigate(url("investigations/" + incident));
    long display =
        jdbc.queryForObject(
            "SELECT MAX(id) FROM body_display_request WHERE request_id = 'br-inv-a'", Long.class);
    chief.locator("#approve-" + display).click();
    assertThat(chief.locator("#display-requests")).containsText("承認済み");

    clerk.reload();
    clerk.locator("#open-" + display).click();
    assertThat(clerk.locator("#shown-check")).containsText("発行ログ");
    assertThat(clerk.locator("#shown-pdf")).isVisible();
    assertThat(clerk.locator("#display-requests")).containsText("表示済み");
    Chromium.screenshot(clerk, "27-investigation-shown");
  }

  /** Fills a Vaadin date-time picker as a clerk types: date, then time. */
  private static void pick(Page page, String id, String date, String time) {
    page.locator("#" + id + " vaadin-date-picker input").fill(date);
    page.locator("#" + id + " vaadin-date-picker input").press("Enter");
    page.locator("#" + id + " vaadin-time-picker input").fill(time);
    page.locator("#" + id + " vaadin-time-picker input").press("Enter");
  }
}
