package org.kofu.admin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.admin.coverage.CoverageExportRequests;
import org.kofu.projectdb.coverage.CoverageCount;
import org.kofu.projectdb.coverage.CoverageFinding;
import org.kofu.projectdb.coverage.CoverageResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A coverage scan leaves the admin only through the approved export: an operator requests it, an
 * officer approves, the requester downloads it once as CSV of keys, code points and MJ names; each
 * step is in the audit log. Auditors cannot request it.
 *
 * <p>Same properties as AccountsTests (one Spring context): each context started installs Vaadin's
 * security-context strategy globally, so a context started between two tests of a cached one leaves
 * that one's method security reading another strategy than the tests sign in through.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kofu-admin-accounts;DB_CLOSE_DELAY=-1",
      "kofu.admin.password.history=2",
      "kofu.admin.password.max-failures=2"
    })
class CoverageExportTests {

  @Autowired CoverageExportRequests requests;
  @Autowired Exports exports;
  @Autowired CoverageResults results;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void anApprovedCoverageExportIsDownloadedOnceAsCsvOfKeysAndCodePoints() throws Exception {
    long scan = completedScan(901);

    long id = as("clerk-c", "OPERATOR", () -> requests.requestCoverage(scan));
    assertThat(as("chief-c", "OFFICER", () -> exports.decide(id, true))).isTrue();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    assertThat(as("clerk-c", "OPERATOR", () -> download(id, csv))).isTrue();

    assertThat(csv.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFsystem,table,record_key,person_key,register_id,atena_no,field,kind,"
                + "code_points,mj_name,printed_as,reason\r\n"
                + "madoguchi,jumin,101,A101,,101,shimei,GAIJI,U+E101,MJ006561,U+4F02,\r\n"
                + "koseki,koseki,45,,45,,honseki,UNPRINTABLE,U+E102,,,NO_GAIJI_ROW\r\n");
    assertThat(as("clerk-c", "OPERATOR", () -> download(id, new ByteArrayOutputStream())))
        .isFalse();
    assertThat(
            jdbc.queryForList(
                "SELECT action || ' ' || detail FROM audit_log WHERE detail LIKE ? ORDER BY seq",
                String.class,
                "export=" + id + "%"))
        .containsExactly(
            "EXPORT_REQUESTED export=" + id + " coverage scan=" + scan,
            "EXPORT_APPROVED export=" + id,
            "EXPORT_DOWNLOADED export=" + id + " records=2",
            "EXPORT_DOWNLOAD_REFUSED export=" + id);
    ExportRequest listed =
        as("chief-c", "OFFICER", () -> exports.latest()).stream()
            .filter(r -> r.id() == id)
            .findFirst()
            .orElseThrow();
    assertThat(listed.kind()).isEqualTo(ExportRequest.COVERAGE);
    assertThat(Criteria.describe(listed)).isEqualTo("coverage scan=" + scan);
  }

  @Test
  void anAuditorCannotRequestACoverageExport() {
    long scan = completedScan(902);

    assertThatThrownBy(() -> as("audit-c", "AUDITOR", () -> requests.requestCoverage(scan)))
        .isInstanceOf(AccessDeniedException.class);
  }

  private long completedScan(long scan) {
    Instant at = Instant.parse("2026-12-06T16:00:00Z");
    results.start(scan, at);
    results.add(
        scan,
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
                "koseki",
                "koseki",
                "45",
                null,
                45L,
                null,
                "honseki",
                "UNPRINTABLE",
                "U+E102",
                null,
                null,
                "NO_GAIJI_ROW")));
    results.complete(
        scan, List.of(new CoverageCount("madoguchi", "PERSON", 3, 0, 0)), at.plusSeconds(5));
    return scan;
  }

  private boolean download(long id, ByteArrayOutputStream out) {
    try {
      return exports.download(id, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static <T> T as(String login, String role, Supplier<T> action) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                login, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    try {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
