package org.kofu.admin.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.admin.investigation.Investigations;
import org.kofu.admin.investigation.IssuedBodies;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An incident's persons to notify leave only through the approved export: requested by a clerk,
 * approved by an officer other than the requester, downloaded once by the requester, as keys and
 * numbers. Same properties as {@link ExportApprovalTests} (one Spring context).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kofu-admin-accounts;DB_CLOSE_DELAY=-1",
      "kofu.admin.password.history=2",
      "kofu.admin.password.max-failures=2"
    })
class NotifyListExportTests {

  @Autowired Exports exports;
  @Autowired Investigations investigations;
  @Autowired DataSource dataSource;
  @Autowired HashChain chain;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void thePersonsToNotifyAreExportedOnlyOnceApprovedAndOnlyAsKeys() throws Exception {
    IssuedBodies issued = new IssuedBodies(dataSource, chain);
    String first = issued.issue("nl-a", "K-N1", "A8100", Instant.parse("2026-11-10T01:00:00Z"));
    String second = issued.issue("nl-b", "K-N1", "A8000", Instant.parse("2026-11-10T01:20:00Z"));
    long incident = issued.incident("通知先の出力");
    ExportApprovalTests.as("nl-clerk", "OPERATOR");
    investigations.linkByKiosk(
        incident,
        "K-N1",
        Instant.parse("2026-11-10T00:00:00Z"),
        Instant.parse("2026-11-10T02:00:00Z"));
    long id = exports.requestNotifyList(incident);

    assertThat(exports.download(id, new ByteArrayOutputStream())).isFalse(); // not approved
    ExportApprovalTests.as("nl-clerk", "OFFICER");
    assertThatThrownBy(() -> exports.decide(id, true)).isInstanceOf(AccessDeniedException.class);
    ExportApprovalTests.as("nl-chief", "OFFICER");
    assertThat(exports.decide(id, true)).isTrue();

    ExportApprovalTests.as("nl-clerk", "OPERATOR");
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    assertThat(exports.download(id, csv)).isTrue();
    String text = csv.toString(StandardCharsets.UTF_8);
    assertThat(text.lines())
        .containsExactly(
            "\uFEFFperson_key,request_id,certificate_number,certificate_type,options,issue_date,"
                + "issued_at,kiosk_id,outcome",
            "A8000,nl-b,"
                + second
                + ",JUMINHYO,scope=SELF,2026-11-10,2026-11-10T01:20:00Z,K-N1,"
                + "PRINTED",
            "A8100,nl-a,"
                + first
                + ",JUMINHYO,scope=SELF,2026-11-10,2026-11-10T01:00:00Z,K-N1,"
                + "PRINTED");
    assertThat(exports.download(id, new ByteArrayOutputStream())).isFalse(); // once
    assertThat(
            jdbc.queryForList(
                "SELECT detail FROM audit_log WHERE action LIKE 'EXPORT_%' ORDER BY seq",
                String.class))
        .contains("export=" + id + " persons to notify incident=" + incident);
  }
}
