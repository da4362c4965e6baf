package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kofu.core.certificate.CertificateType;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestFamily;
import org.kofu.relay.support.TestLegacy;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 21: an address protected by 支援措置, in either system, is never printed — not on the protected
 * person's own certificates, and not on anyone else's that would list them. Each test has a family
 * of its own ({@link TestFamily}: A and D in household 1, A's wife B in household 2, their daughter
 * C in the register but living elsewhere).
 */
class RestrictionsIT extends RelayTests {

  private static final String HOUSEHOLD = "{\"scope\":\"HOUSEHOLD\"}";
  private static final String ALL = "{\"scope\":\"ALL\"}";
  private static final String RESTRICTED = "\"cause\":\"ISSUANCE_RESTRICTED\"";

  private MockHttpServletResponse issue(String code, String type, String options) throws Exception {
    return issueCertificate(Requests.certificate(newRequestId(), code, type, options));
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }
  }

  private static void assertRestricted(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(response.getContentAsString()).contains("NOT_ISSUABLE").contains(RESTRICTED);
  }

  /** Issues twice, so that the cache holds the body, and returns the second answer. */
  private MockHttpServletResponse cached(String code, String type, String options)
      throws Exception {
    MockHttpServletResponse first = issue(code, type, options);
    assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(200);
    MockHttpServletResponse second = issue(code, type, options);
    assertThat(second.getHeader("X-Source")).isEqualTo("CACHE");
    return second;
  }

  @Test
  void theIssueAFuhyoOfTheWholeRegisterNeverPrintsTheProtectedWifesAddress() throws Exception {
    TestFamily f = TestFamily.create(1);
    String husband = f.code(f.a);
    assertThat(text(cached(husband, "KOSEKI_FUHYO", ALL))).contains("湯川町3丁目");

    f.protectHere(f.b);

    assertRestricted(issue(husband, "KOSEKI_FUHYO", ALL));
    assertThat(issue(husband, "KOSEKI_FUHYO", "{}").getStatus())
        .as("his own 附票 prints only his addresses")
        .isEqualTo(200);
    assertThat(issue(husband, "KOSEKI_ZENBU", "{}").getStatus())
        .as("the 戸籍全部事項証明書 prints no address")
        .isEqualTo(200);
  }

  @Test
  void aFuhyoOfTheWholeRegisterIsRefusedForAMemberLivingElsewhereKnownOnlyToTheRegister()
      throws Exception {
    TestFamily f = TestFamily.create(2);
    String husband = f.code(f.a);
    assertThat(text(cached(husband, "KOSEKI_FUHYO", ALL))).contains("西新宿");

    f.protectOnTheRegister(TestFamily.C_NO);

    assertRestricted(issue(husband, "KOSEKI_FUHYO", ALL));
    assertRestricted(issue(f.code(f.d), "KOSEKI_FUHYO", ALL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"JUMINHYO", "JUMINHYO_KISAI"})
  void aHouseholdCertificateWithAProtectedMemberIsRefusedNotIssuedWithoutThem(String type)
      throws Exception {
    TestFamily here = TestFamily.create(type.equals("JUMINHYO") ? 3 : 4);
    TestFamily onRegister = TestFamily.create(type.equals("JUMINHYO") ? 5 : 6);
    cached(here.code(here.a), type, HOUSEHOLD);
    cached(onRegister.code(onRegister.a), type, HOUSEHOLD);

    here.protectHere(here.d);
    onRegister.protectOnTheRegister(TestFamily.D_NO);

    assertRestricted(issue(here.code(here.a), type, HOUSEHOLD));
    assertRestricted(issue(onRegister.code(onRegister.a), type, HOUSEHOLD));
    assertThat(issue(here.code(here.a), type, "{}").getStatus())
        .as("the householder's own 住民票 does not list the son")
        .isEqualTo(200);
  }

  @Test
  void aJuminhyoNamingAProtectedHouseholderIsRefusedWithoutTheNameItIsIssued() throws Exception {
    TestFamily f = TestFamily.create(7);
    String son = f.code(f.d);
    cached(son, "JUMINHYO", "{}");

    f.protectOnTheRegister(TestFamily.A_NO);

    assertRestricted(issue(son, "JUMINHYO", "{}"));
    assertThat(issue(son, "JUMINHYO", "{\"householder\":false}").getStatus()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void everyCertificateOfTheProtectedPersonThemselfIsRefused(boolean inResidentRecords)
      throws Exception {
    TestFamily f = TestFamily.create(inResidentRecords ? 8 : 9);
    String husband = f.code(f.a);
    for (CertificateType type : CertificateType.values()) {
      assertThat(issue(husband, type.name(), "{}").getStatus()).as(type.name()).isEqualTo(200);
    }

    if (inResidentRecords) {
      f.protectHere(f.a);
    } else {
      f.protectOnTheRegister(TestFamily.A_NO);
    }

    for (CertificateType type : CertificateType.values()) {
      assertRestricted(issue(husband, type.name(), "{}"));
    }
    assertRestricted(issue(husband, "KOSEKI_FUHYO", ALL));
    assertRestricted(issue(husband, "JUMINHYO", HOUSEHOLD));
  }

  @Test
  void endedAndFutureRestrictionsDoNotApplyAndTheBoundaryDaysDo() throws Exception {
    TestFamily f = TestFamily.create(10);
    String husband = f.code(f.a);
    f.restrictHere(
        f.b, "DV_SUPPORT", TestLegacy.TODAY.minusYears(1), TestLegacy.TODAY.minusDays(1));
    f.restrictOnTheRegister(TestFamily.C_NO, "DV_SUPPORT", TestLegacy.TODAY.plusDays(1), null);
    f.restrictHere(f.a, "DV_SUPPORT", TestLegacy.TODAY.plusDays(1), null);

    assertThat(issue(husband, "KOSEKI_FUHYO", ALL).getStatus()).isEqualTo(200);
    assertThat(issue(husband, "JUMINHYO", "{}").getStatus()).isEqualTo(200);

    f.restrictOnTheRegister(TestFamily.D_NO, "DV_SUPPORT", TestLegacy.TODAY, TestLegacy.TODAY);
    assertRestricted(issue(husband, "KOSEKI_FUHYO", ALL));
  }

  @Test
  void aFuhyoRestrictionOfAnotherReasonRefusesThe附票sThatPrintTheEntryOnly() throws Exception {
    TestFamily f = TestFamily.create(11);
    f.restrictOnTheRegister(TestFamily.A_NO, "SELF_REQUEST", TestLegacy.TODAY, null);

    assertRestricted(issue(f.code(f.a), "KOSEKI_FUHYO", "{}"));
    assertRestricted(issue(f.code(f.b), "KOSEKI_FUHYO", ALL));
    assertThat(issue(f.code(f.a), "JUMINHYO", "{}").getStatus()).isEqualTo(200);
    assertThat(issue(f.code(f.b), "KOSEKI_FUHYO", "{}").getStatus()).isEqualTo(200);
  }

  @Test
  void theMenuListsTheProtectedPersonsTypesAsUnavailableForTheRestriction() throws Exception {
    TestFamily f = TestFamily.create(12);
    f.protectOnTheRegister(TestFamily.B_NO);

    String menu =
        mvc.perform(
                post("/jlis/v1/menu")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Requests.menu(newRequestId(), f.code(f.b))))
            .andReturn()
            .getResponse()
            .getContentAsString();

    var answer = new com.fasterxml.jackson.databind.ObjectMapper().readTree(menu);
    assertThat(answer.get("available")).isEmpty();
    assertThat(answer.get("unavailable"))
        .extracting(u -> u.get("certificateType").asText() + " " + u.get("reason").asText())
        .containsExactlyInAnyOrder(
            java.util.Arrays.stream(CertificateType.values())
                .map(t -> t.name() + " ISSUANCE_RESTRICTED")
                .toArray(String[]::new));
  }
}
