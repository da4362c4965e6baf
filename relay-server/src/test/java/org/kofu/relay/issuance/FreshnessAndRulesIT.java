package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestFamily;
import org.kofu.relay.support.TestLegacy;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** Never stale, never restricted: changes committed a moment before a request decide it. */
class FreshnessAndRulesIT extends RelayTests {

  private static final String HOUSEHOLD = "{\"scope\":\"HOUSEHOLD\"}";
  private static final String ALL = "{\"scope\":\"ALL\"}";

  private MockHttpServletResponse issue(String person, String type) throws Exception {
    return issue(person, type, "{}");
  }

  private MockHttpServletResponse issue(String person, String type, String options)
      throws Exception {
    return mvc.perform(
            post("/jlis/v1/certificates")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Requests.certificate(newRequestId(), person, type, options)))
        .andReturn()
        .getResponse();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }
  }

  /** Issues once so that the cache holds a body of the person, and checks it does. */
  private void cacheABody(String person, String type) throws Exception {
    cacheABody(person, type, "{}");
  }

  private void cacheABody(String person, String type, String options) throws Exception {
    issue(person, type, options);
    assertThat(issue(person, type, options).getHeader("X-Source")).isEqualTo("CACHE");
  }

  @Test
  void aChangeCommittedJustBeforeTheRequestIsOnTheCertificate() throws Exception {
    String person = TestLegacy.issuableAdults().get(5);
    cacheABody(person, "JUMINHYO");

    TestLegacy.jdbc()
        .update(
            "UPDATE madoguchi.jumin SET katagaki = 'コーポ五稜郭１０１' WHERE juminhyo_code = ?", person);
    MockHttpServletResponse response = issue(person, "JUMINHYO");

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeader("X-Source")).isEqualTo("ON_DEMAND");
    assertThat(text(response.getContentAsByteArray())).contains("コーポ五稜郭101");
  }

  @Test
  void aRestrictionSetAMomentBeforeIsHonouredAlthoughTheCacheHoldsABody() throws Exception {
    String person = TestLegacy.issuableAdults().get(6);
    cacheABody(person, "JUMINHYO");

    TestLegacy.restrict(TestLegacy.atenaNo(person));
    MockHttpServletResponse response = issue(person, "JUMINHYO");

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString()).contains("ISSUANCE_RESTRICTED");
  }

  @Test
  void aRestrictionOfAnotherMemberSetAMomentBeforeRefusesTheCachedHouseholdCertificate()
      throws Exception {
    // a household of its own: the householder A and his son D (support.TestFamily)
    TestFamily family = TestFamily.create(20);
    String person = family.code(family.a);
    cacheABody(person, "JUMINHYO", HOUSEHOLD);

    TestLegacy.restrict(family.d);

    MockHttpServletResponse household = issue(person, "JUMINHYO", HOUSEHOLD);
    assertThat(household.getStatus()).isEqualTo(422);
    assertThat(household.getContentAsString()).contains("ISSUANCE_RESTRICTED");
    assertThat(issue(person, "JUMINHYO").getStatus())
        .as("the requester's own 住民票 names no other member")
        .isEqualTo(200);
  }

  @Test
  void anAddressOfAnotherMemberRecordedAMomentBeforeIsOnTheWholeRegistersFuhyo() throws Exception {
    // the members and their addresses are read in one statement; a row added since is read too
    TestFamily family = TestFamily.create(21);
    String person = family.code(family.a);
    cacheABody(person, "KOSEKI_FUHYO", ALL);

    TestLegacy.jdbc()
        .update(
            "INSERT INTO koseki.fuhyo (koseki_id, kojin_no, seq, address, jutei_date)"
                + " VALUES (?, ?, 2, '大阪府大阪市北区梅田1丁目1番1号', DATE '2026-11-01')",
            family.register,
            TestFamily.C_NO);
    MockHttpServletResponse response = issue(person, "KOSEKI_FUHYO", ALL);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getHeader("X-Source")).isEqualTo("ON_DEMAND");
    assertThat(text(response.getContentAsByteArray())).contains("大阪市北区梅田1丁目1番1号");
  }

  @Test
  void aSealAbolishedAMomentBeforeIsNeverCertifiedFromTheCache() throws Exception {
    String person = TestLegacy.issuableAdults().get(7);
    cacheABody(person, "INKAN");

    TestLegacy.jdbc()
        .update(
            "UPDATE madoguchi.inkan SET status = 'ABOLISHED' WHERE atena_no = ?",
            TestLegacy.atenaNo(person));
    MockHttpServletResponse response = issue(person, "INKAN");

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString()).contains("NO_SEAL_REGISTRATION");
  }

  @Test
  void aMoveOutNotifiedAMomentBeforeRefusesTheCachedBody() throws Exception {
    String person = TestLegacy.issuableAdults().get(8);
    cacheABody(person, "JUMINHYO");

    TestLegacy.jdbc()
        .update(
            "UPDATE madoguchi.jumin SET tenshutsu_yotei_date = DATE '2026-12-10'"
                + " WHERE juminhyo_code = ?",
            person);

    assertThat(issue(person, "JUMINHYO").getContentAsString()).contains("MOVING_OUT");
  }

  @Test
  void aPersonWhoMovedOutIsNotResident() throws Exception {
    String person = TestLegacy.issuableAdults().get(9);
    cacheABody(person, "SHOTOKU_KAZEI");

    TestLegacy.jdbc()
        .update(
            "UPDATE madoguchi.jumin SET status = 'MOVED_OUT', status_date = DATE '2026-11-24'"
                + " WHERE juminhyo_code = ?",
            person);

    assertThat(issue(person, "SHOTOKU_KAZEI").getContentAsString()).contains("NOT_RESIDENT");
  }

  @Test
  void aTypeStoppedInTheCalendarIsOutOfServiceHours() throws Exception {
    String person = TestLegacy.issuableAdults().get(10);
    org.springframework.jdbc.core.JdbcTemplate project =
        new org.springframework.jdbc.core.JdbcTemplate(
            new org.springframework.jdbc.datasource.DriverManagerDataSource(
                org.kofu.relay.support.RelayTestContext.PROJECT_URL, "sa", ""));
    project.update(
        "UPDATE service_type_rule SET stopped = TRUE WHERE certificate_type = 'KOSEKI_FUHYO'");
    try {
      MockHttpServletResponse response = issue(person, "KOSEKI_FUHYO");
      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getHeader("Retry-After")).isNotBlank();
      assertThat(response.getContentAsString()).contains("OUT_OF_SERVICE_HOURS");
    } finally {
      project.update(
          "UPDATE service_type_rule SET stopped = FALSE WHERE certificate_type = 'KOSEKI_FUHYO'");
    }
  }
}
