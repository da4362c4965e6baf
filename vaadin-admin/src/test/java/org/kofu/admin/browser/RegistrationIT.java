package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.projectdb.registration.NewRegistration;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.projectdb.registration.RegistrationStatus;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationIT extends BrowserTestSupport {

  @Autowired RegistrationRepository registrations;

  @Test
  void anOperatorApprovesAPendingRegistrationWithTheMatchedKoseki() {
    account("operator-g", Role.OPERATOR, "Operator-Pass-33", false);
    long id =
        registrations.insertPending(
            new NewRegistration(
                "000123456789012",
                "五稜郭 花子",
                "ゴリョウカク ハナコ",
                LocalDate.of(1985, 6, 15),
                "北海道函館市五稜郭町44番",
                "五稜郭 一郎",
                Instant.now()));
    Page page = signIn("operator-g", "Operator-Pass-33");
    page.navigate(url("registrations"));

    page.locator("#pending-grid vaadin-grid-cell-content").getByText("五稜郭 花子").click();
    type(page, "koseki-id", "K-2026-0001");
    type(page, "kojin-no", "2");
    page.locator("#approve").click();

    assertThat(page.locator("#registration-message")).containsText("完了しました");
    assertThat(page.locator("#decided-grid")).containsText("五稜郭 花子");
    Chromium.screenshot(page, "08-registration-approved");
    Registration approved = registrations.find(id).orElseThrow();
    assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
    assertThat(approved.kosekiId()).isEqualTo("K-2026-0001");
    assertThat(approved.decidedBy()).isEqualTo("operator-g");
  }
}
