package org.kofu.admin.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.monitoring.UnusualIssuance;
import org.kofu.projectdb.chain.ChainTable;
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
 * The registers of clauses 7 and 9 on PostgreSQL: the reporting chain in the rules' order with who
 * and when per step; documents kept current, retired, their take-outs returned and disposals
 * carried out, by the officer, each audited in the hash chain.
 */
@SpringBootTest(properties = {"kofu.admin.alerts.per-kiosk=2", "kofu.admin.alerts.per-person=1"})
class RegistersPostgresIT {

  private static ScratchPostgres postgres;

  @Autowired OperatingRules rules;
  @Autowired AuditTrail audit;
  @Autowired DataSource dataSource;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    postgres = ScratchPostgres.create();
    registry.add("spring.datasource.url", postgres::url);
    registry.add("spring.datasource.username", postgres::user);
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    postgres.close();
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

  private Incident incident(String summary) {
    return rules.incidents().stream().filter(i -> i.summary().equals(summary)).findFirst().get();
  }

  private List<String> actions() {
    return new JdbcTemplate(dataSource)
        .queryForList("SELECT actor || ' ' || action FROM audit_log ORDER BY seq", String.class);
  }

  @Test
  void eachStepOfAnIncidentsChainIsRecordedWithWhoAndWhenInTheRulesOrder() {
    as("clerk-i", "OPERATOR");
    rules.recordIncident(Instant.parse("2026-12-01T01:00:00Z"), "VIRUS", "pg ウイルス検知");
    Incident fresh = incident("pg ウイルス検知");

    assertThat(fresh.next()).isEqualTo(Incident.Step.MAINTAINER);
    assertThatThrownBy(() -> rules.stamp(fresh, Incident.Step.IT_HEAD))
        .isInstanceOf(IllegalStateException.class);
    rules.stamp(fresh, Incident.Step.MAINTAINER);
    assertThatThrownBy(() -> rules.stamp(incident("pg ウイルス検知"), Incident.Step.MAINTAINER))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> rules.stamp(incident("pg ウイルス検知"), Incident.Step.DIRECTOR))
        .isInstanceOf(IllegalStateException.class);
    rules.stamp(incident("pg ウイルス検知"), Incident.Step.IT_HEAD);
    as("chief-i", "OFFICER");
    rules.stamp(incident("pg ウイルス検知"), Incident.Step.DIRECTOR);
    as("clerk-i", "OPERATOR");
    assertThatThrownBy(() -> rules.stamp(incident("pg ウイルス検知"), Incident.Step.CLOSED))
        .isInstanceOf(AccessDeniedException.class);
    as("chief-i", "OFFICER");
    rules.stamp(incident("pg ウイルス検知"), Incident.Step.CLOSED);

    Incident done = incident("pg ウイルス検知");
    assertThat(done.next()).isNull();
    assertThat(done.stamp(Incident.Step.MAINTAINER).by()).isEqualTo("clerk-i");
    assertThat(done.stamp(Incident.Step.IT_HEAD).by()).isEqualTo("clerk-i");
    assertThat(done.stamp(Incident.Step.DIRECTOR).by()).isEqualTo("chief-i");
    assertThat(done.stamp(Incident.Step.CLOSED).by()).isEqualTo("chief-i");
    assertThat(done.stamp(Incident.Step.MAINTAINER).at())
        .isBeforeOrEqualTo(done.stamp(Incident.Step.IT_HEAD).at());
    assertThat(actions())
        .containsSubsequence(
            "clerk-i INCIDENT_RECORDED",
            "clerk-i INCIDENT_MAINTAINER",
            "clerk-i INCIDENT_IT_HEAD",
            "chief-i INCIDENT_DIRECTOR",
            "chief-i INCIDENT_CLOSED");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void aTheftIsReportedThroughTheItSectionHeadWithoutTheMaintenanceCompany() {
    as("clerk-t", "OPERATOR");
    rules.recordIncident(Instant.parse("2026-12-02T01:00:00Z"), "THEFT", "pg 媒体の盗難");

    assertThat(incident("pg 媒体の盗難").next()).isEqualTo(Incident.Step.IT_HEAD);
    assertThatThrownBy(() -> rules.stamp(incident("pg 媒体の盗難"), Incident.Step.MAINTAINER))
        .isInstanceOf(IllegalStateException.class);
    rules.stamp(incident("pg 媒体の盗難"), Incident.Step.IT_HEAD);

    assertThat(incident("pg 媒体の盗難").stamp(Incident.Step.IT_HEAD).by()).isEqualTo("clerk-t");
    assertThat(incident("pg 媒体の盗難").next()).isEqualTo(Incident.Step.DIRECTOR);
  }

  private Document document(String title) {
    return rules.documents().stream().filter(d -> d.title().equals(title)).findFirst().get();
  }

  private DocumentRequest request(String purpose) {
    return rules.requests().stream().filter(r -> r.purpose().equals(purpose)).findFirst().get();
  }

  @Test
  void theOfficerKeepsDocumentsCurrentAndRecordsReturnsAndDisposalsCarriedOut() {
    as("chief-d", "OFFICER");
    rules.addDocument("pg 運用手順書", "第1版", "書庫A");
    rules.updateDocument(document("pg 運用手順書"), "第2版", "書庫B");
    assertThat(document("pg 運用手順書"))
        .extracting(Document::edition, Document::location, Document::updatedBy)
        .containsExactly("第2版", "書庫B", "chief-d");

    as("clerk-d", "OPERATOR");
    assertThatThrownBy(() -> rules.updateDocument(document("pg 運用手順書"), "第3版", "机"))
        .isInstanceOf(AccessDeniedException.class);
    rules.request(document("pg 運用手順書"), "TAKE_OUT", "pg 打合せ");
    rules.request(document("pg 運用手順書"), "DISPOSAL", "pg 旧版廃棄");
    as("chief-d", "OFFICER");
    assertThatThrownBy(() -> rules.complete(request("pg 打合せ")))
        .isInstanceOf(IllegalStateException.class);
    rules.decide(request("pg 打合せ"), true, "当日返却");
    rules.decide(request("pg 旧版廃棄"), true, "溶解処理");
    rules.complete(request("pg 打合せ"));
    assertThatThrownBy(() -> rules.complete(request("pg 打合せ")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(document("pg 運用手順書").inForce()).isTrue();
    rules.complete(request("pg 旧版廃棄"));

    assertThat(request("pg 打合せ").completedBy()).isEqualTo("chief-d");
    assertThat(request("pg 旧版廃棄").completedAt()).isNotNull();
    Document disposed = document("pg 運用手順書");
    assertThat(disposed.inForce()).isFalse();
    assertThat(disposed.retiredBy()).isEqualTo("chief-d");
    assertThatThrownBy(() -> rules.updateDocument(disposed, "第4版", "書庫C"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> rules.request(disposed, "COPY", "pg 複写"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(actions())
        .containsSubsequence(
            "chief-d DOCUMENT_ADDED",
            "chief-d DOCUMENT_UPDATED",
            "clerk-d DOCUMENT_TAKE_OUT_REQUESTED",
            "chief-d DOCUMENT_RETURNED",
            "chief-d DOCUMENT_DISPOSED");
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void aRetiredDocumentStaysInTheRegisterMarkedRetired() {
    as("chief-r", "OFFICER");
    rules.addDocument("pg 旧仕様書", "第1版", "書庫D");
    rules.retire(document("pg 旧仕様書"));

    assertThat(document("pg 旧仕様書").inForce()).isFalse();
    assertThat(document("pg 旧仕様書").retiredAt()).isNotNull();
    assertThatThrownBy(() -> rules.retire(document("pg 旧仕様書")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(actions()).contains("chief-r DOCUMENT_RETIRED");
  }

  @Autowired HashChain chain;
  @Autowired UnusualIssuance unusual;
  @Autowired MeterRegistry registry;

  /** Issue 27: unusual issuance per kiosk and per person, counted from the issuance log. */
  @Test
  void issuanceOverThePerKioskAndPerPersonThresholdsIsCountedAndExported() {
    Instant now = Instant.now();
    String[][] issued = {{"K-busy", "P1"}, {"K-busy", "P2"}, {"K-busy", "P3"}, {"K-calm", "P3"}};
    int n = 0;
    for (String[] row : issued) {
      chain.append(
          ChainTable.ISSUANCE,
          Arrays.asList(
              now,
              "CERTIFICATE",
              "unusual-" + n++,
              row[0],
              row[1],
              "INKAN",
              null,
              200,
              "ISSUED",
              null,
              "CACHE",
              null,
              null,
              5L));
    }

    UnusualIssuance.Snapshot window = unusual.now();
    assertThat(window.kiosksOver()).containsExactly("K-busy");
    assertThat(window.personsOver()).isEqualTo(1);
    assertThat(window.maxPerKiosk()).isEqualTo(3);
    assertThat(window.maxPerPerson()).isEqualTo(2);
    assertThat(registry.get("kofu.issuance.kiosks.over.threshold").gauge().value()).isEqualTo(1);
    assertThat(registry.get("kofu.issuance.persons.over.threshold").gauge().value()).isEqualTo(1);
  }
}
