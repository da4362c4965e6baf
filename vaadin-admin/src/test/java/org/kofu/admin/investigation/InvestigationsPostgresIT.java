package org.kofu.admin.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.projectdb.chain.HashChain;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Investigations on PostgreSQL: issuances linked to an incident by number, by kiosk and time range
 * and by person through the audited search; what each printed and to whom; a kept body shown again
 * only on approval by an officer other than the requester, once, and only if it still opens and
 * hashes to what the chained issuance log recorded.
 */
@SpringBootTest(
    properties = {
      "kofu.cache.crypto.active-key-id=" + IssuedBodies.KEY_ID,
      "kofu.cache.crypto.keys." + IssuedBodies.KEY_ID + "=" + IssuedBodies.KEY
    })
class InvestigationsPostgresIT {

  private static ScratchPostgres postgres;

  @Autowired Investigations investigations;
  @Autowired AuditTrail audit;
  @Autowired DataSource dataSource;
  @Autowired HashChain chain;

  private IssuedBodies issued;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    postgres = ScratchPostgres.create();
    // the 窓口 system's one table the person search reads, in its own schema of the same database
    try (Connection c = DriverManager.getConnection(postgres.url(), postgres.user(), null);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA madoguchi");
      s.execute("CREATE TABLE madoguchi.jumin (atena_no BIGINT, juminhyo_code VARCHAR(11))");
      s.execute("INSERT INTO madoguchi.jumin VALUES (100, '12345678901'), (200, '22345678901')");
    }
    registry.add("spring.datasource.url", postgres::url);
    registry.add("spring.datasource.username", postgres::user);
    registry.add("kofu.legacy.madoguchi.url", postgres::url);
    registry.add("kofu.legacy.madoguchi.username", postgres::user);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    postgres.close();
  }

  @BeforeEach
  void bodies() {
    issued = new IssuedBodies(dataSource, chain);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static void as(String login, String role) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                login, "n/a", AuthorityUtils.createAuthorityList("ROLE_" + role)));
  }

  private List<String> actions() {
    return new JdbcTemplate(dataSource)
        .queryForList("SELECT actor || ' ' || action FROM audit_log ORDER BY seq", String.class);
  }

  @Test
  void issuancesAreLinkedByNumberByKioskAndTimeAndByPerson() {
    String first = issued.issue("inv-a", "K-1", "A100", Instant.parse("2026-12-01T01:00:00Z"));
    issued.issue("inv-b", "K-1", "A200", Instant.parse("2026-12-01T01:30:00Z"));
    issued.issue("inv-c", "K-2", "A100", Instant.parse("2026-12-01T02:00:00Z"));
    issued.issue("inv-d", "K-1", "A300", Instant.parse("2026-12-01T03:00:00Z"));
    long incident = issued.incident("pg 誤交付の疑い");
    as("clerk-l", "OPERATOR");

    assertThat(investigations.linkByNumber(incident, first)).isEqualTo(1);
    assertThat(
            investigations.linkByKiosk(
                incident,
                "K-1",
                Instant.parse("2026-12-01T00:30:00Z"),
                Instant.parse("2026-12-01T02:30:00Z")))
        .isEqualTo(1); // inv-a already linked, inv-b added, inv-d after the range
    assertThat(investigations.linkByPerson(incident, "12345678901")).contains(1); // inv-c
    assertThat(investigations.linkByPerson(incident, "99999999999")).isEmpty();

    List<LinkedIssuance> linked = investigations.linked(incident);
    assertThat(linked)
        .extracting(LinkedIssuance::requestId, LinkedIssuance::linkedHow, LinkedIssuance::kioskId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("inv-a", "NUMBER", "K-1"),
            org.assertj.core.groups.Tuple.tuple("inv-b", "KIOSK", "K-1"),
            org.assertj.core.groups.Tuple.tuple("inv-c", "PERSON", "K-2"));
    LinkedIssuance a = linked.get(0);
    assertThat(a.certificateNumber()).isEqualTo(first);
    assertThat(a.certificateType()).isEqualTo("JUMINHYO");
    assertThat(a.options()).isEqualTo("scope=SELF");
    assertThat(a.outcome()).isEqualTo("PRINTED");
    assertThat(a.issueDate()).hasToString("2026-12-01");
    assertThat(a.bodyKept()).isTrue();
    assertThat(Investigations.personsToNotify(linked)).containsExactly("A100", "A200");
    assertThat(actions())
        .containsSubsequence(
            "clerk-l INCIDENT_ISSUANCES_LINKED",
            "clerk-l INCIDENT_ISSUANCES_LINKED",
            "clerk-l ISSUANCE_PERSON_SEARCH",
            "clerk-l INCIDENT_ISSUANCES_LINKED",
            "clerk-l ISSUANCE_PERSON_SEARCH",
            "clerk-l INVESTIGATION_VIEWED");
    as("auditor-l", "AUDITOR");
    assertThatThrownBy(() -> investigations.linkByNumber(incident, first))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aBodyIsShownOnceToItsRequesterAfterAnotherOfficerApproves() {
    issued.issue("inv-show", "K-3", "A500", Instant.parse("2026-12-02T01:00:00Z"));
    long incident = issued.incident("pg 再表示");
    as("clerk-s", "OPERATOR");
    investigations.linkByKiosk(
        incident,
        "K-3",
        Instant.parse("2026-12-02T00:00:00Z"),
        Instant.parse("2026-12-03T00:00:00Z"));
    long asked = investigations.requestDisplay(incident, "inv-show", "本人からの申出の確認");
    assertThatThrownBy(() -> investigations.show(asked))
        .isInstanceOf(AccessDeniedException.class); // not approved yet
    assertThatThrownBy(() -> investigations.decide(asked, true))
        .isInstanceOf(AccessDeniedException.class); // an operator decides nothing

    as("chief-s", "OFFICER");
    long own = investigations.requestDisplay(incident, "inv-show", "責任者自身の確認");
    assertThatThrownBy(() -> investigations.decide(own, true))
        .isInstanceOf(AccessDeniedException.class); // the requester cannot approve their own
    investigations.decide(asked, true);
    assertThatThrownBy(() -> investigations.show(asked))
        .isInstanceOf(AccessDeniedException.class); // the approver is not the requester

    as("clerk-s", "OPERATOR");
    KeptBodyReader.Shown shown = investigations.show(asked);
    assertThat(shown.pdf()).isEqualTo(IssuedBodies.pdf("inv-show"));
    assertThat(shown.checkedAgainstLog()).isTrue();
    assertThatThrownBy(() -> investigations.show(asked))
        .isInstanceOf(AccessDeniedException.class); // once

    as("chief-t", "OFFICER");
    investigations.decide(own, false);
    assertThat(investigations.displayRequests(incident))
        .extracting(DisplayRequest::status)
        .containsExactly("REJECTED", "SHOWN");
    assertThat(actions())
        .containsSubsequence(
            "clerk-s BODY_DISPLAY_REQUESTED",
            "chief-s BODY_DISPLAY_REQUESTED",
            "chief-s BODY_DISPLAY_APPROVED",
            "clerk-s BODY_DISPLAYED",
            "clerk-s BODY_DISPLAY_REFUSED",
            "chief-t BODY_DISPLAY_REJECTED");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void aBodyAlteredInTheTableIsRefused() {
    String number = issued.issue("inv-flip", "K-4", "A600", Instant.parse("2026-12-03T01:00:00Z"));
    issued.issue("inv-swap", "K-4", "A700", Instant.parse("2026-12-03T01:05:00Z"));
    long incident = issued.incident("pg 改ざん");
    byte[] flipped = issued.body("inv-flip");
    flipped[flipped.length - 1] ^= 1;
    issued.replaceBody("inv-flip", flipped);
    // a key holder re-seals another PDF for the record and fixes the record's hash to it: the
    // chained log still holds the hash of the bytes first served
    byte[] other = IssuedBodies.pdf("someone else");
    issued.replaceBody(
        "inv-swap",
        issued.sealed(
            "inv-swap",
            numberOf("inv-swap"),
            "A700",
            java.time.LocalDate.parse("2026-12-03"),
            other));
    issued.setRecordHash("inv-swap", org.apache.commons.codec.digest.DigestUtils.sha256Hex(other));

    as("clerk-f", "OPERATOR");
    investigations.linkByNumber(incident, number);
    investigations.linkByNumber(incident, numberOf("inv-swap"));
    long flip = investigations.requestDisplay(incident, "inv-flip", "改ざん確認");
    long swap = investigations.requestDisplay(incident, "inv-swap", "改ざん確認");
    as("chief-f", "OFFICER");
    investigations.decide(flip, true);
    investigations.decide(swap, true);
    as("clerk-f", "OPERATOR");

    assertThatThrownBy(() -> investigations.show(flip))
        .isInstanceOfSatisfying(
            KeptBodyReader.RefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(KeptBodyReader.Refusal.DOES_NOT_OPEN));
    assertThatThrownBy(() -> investigations.show(swap))
        .isInstanceOfSatisfying(
            KeptBodyReader.RefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(KeptBodyReader.Refusal.HASH_MISMATCH));
    assertThat(actions()).contains("clerk-f BODY_DISPLAY_REFUSED");
    assertThat(
            new JdbcTemplate(dataSource)
                .queryForList(
                    "SELECT detail FROM audit_log WHERE action = 'BODY_DISPLAY_REFUSED'",
                    String.class))
        .anyMatch(d -> d.endsWith("DOES_NOT_OPEN"))
        .anyMatch(d -> d.endsWith("HASH_MISMATCH"));
  }

  private String numberOf(String requestId) {
    return new JdbcTemplate(dataSource)
        .queryForObject(
            "SELECT certificate_number FROM issuance_request WHERE request_id = ?",
            String.class,
            requestId);
  }
}
