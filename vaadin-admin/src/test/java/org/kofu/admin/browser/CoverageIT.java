package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.projectdb.coverage.CoverageCount;
import org.kofu.projectdb.coverage.CoverageFinding;
import org.kofu.projectdb.coverage.CoverageResults;
import org.springframework.beans.factory.annotation.Autowired;

class CoverageIT extends BrowserTestSupport {

  private static final long SCAN = 7001;

  @Autowired CoverageResults results;

  @Test
  void aClerkSeesTheLatestScanByKeyAndCodePointAndHandsThePersonToTheAuditedSearch() {
    account("operator-v", Role.OPERATOR, "Operator-Pass-77", false);
    completedScan();
    Page page = signIn("operator-v", "Operator-Pass-77");
    page.navigate(url("coverage"));

    assertThat(page.locator("#coverage-scan")).containsText("#" + SCAN);
    assertThat(page.locator("#coverage-counts")).containsText("住民記録（窓口）");
    assertThat(page.locator("#coverage-counts")).containsText("150");
    Locator rows = page.locator("#coverage-rows");
    assertThat(rows).containsText("U+E101");
    assertThat(rows).containsText("MJ006561");
    assertThat(rows).containsText("外字表に行がない");
    Chromium.screenshot(page, "30-character-coverage");
    // the request itself is CoverageExportTests': an audit record here would be seen by the
    // other browser tests, which share this database and count the export records
    assertThat(page.locator("#coverage-request-export")).isVisible();

    page.locator("#coverage-rows a.coverage-person").getByText("A102").click();

    page.waitForURL("**/issuance-log?person=A102");
    // the view is built (and the search audited) once the page has loaded and called back
    assertThat(page.locator("#log-count")).isVisible();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE actor = 'operator-v'"
                    + " AND action = 'ISSUANCE_PERSON_SEARCH' AND detail = 'person=A102 (by key)'",
                Integer.class))
        .isEqualTo(1);
  }

  private void completedScan() {
    Instant at = Instant.parse("2026-12-06T16:00:00Z");
    results.start(SCAN, at);
    results.add(
        SCAN,
        List.of(
            new CoverageFinding(
                "madoguchi",
                "jumin",
                "101",
                "A101",
                null,
                101L,
                "shimei",
                "GAIJI",
                "U+E101",
                "MJ006561",
                "U+4F02",
                null),
            new CoverageFinding(
                "madoguchi",
                "jumin",
                "102",
                "A102",
                null,
                102L,
                "address",
                "UNPRINTABLE",
                "U+E103",
                null,
                null,
                "NO_GAIJI_ROW")));
    results.complete(
        SCAN, List.of(new CoverageCount("madoguchi", "PERSON", 150, 0, 0)), at.plusSeconds(5));
  }
}
