package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every character of the city prints (IPAmj明朝, 外字 through the gaiji table), or the kiosk is told
 * why: 422 UNPRINTABLE_CHARACTER and the menu's reason, never a 500.
 */
class UnprintableCharacterIT extends RelayTests {

  private MockHttpServletResponse request(String path, String body) throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse issue(String person) throws Exception {
    return request(
        "/jlis/v1/certificates", Requests.certificate(newRequestId(), person, "JUMINHYO"));
  }

  // the legacy database is shared by every relay test class: each name changed here is put back
  private final Map<String, String> renamed = new HashMap<>();

  private void rename(String person, String name) {
    renamed.computeIfAbsent(
        person,
        p ->
            TestLegacy.jdbc()
                .queryForObject(
                    "SELECT shimei FROM madoguchi.jumin WHERE juminhyo_code = ?", String.class, p));
    TestLegacy.jdbc()
        .update("UPDATE madoguchi.jumin SET shimei = ? WHERE juminhyo_code = ?", name, person);
  }

  @AfterEach
  void putTheNamesBack() {
    renamed.forEach(
        (person, name) ->
            TestLegacy.jdbc()
                .update(
                    "UPDATE madoguchi.jumin SET shimei = ? WHERE juminhyo_code = ?", name, person));
    TestLegacy.jdbc().update("DELETE FROM madoguchi.gaiji WHERE pua = '\uE101'");
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
          .replaceAll("\\s+", "");
    }
  }

  @Test
  void theIssuesResidentGetsTheirJuminhyo() throws Exception {
    String person = TestLegacy.issuableAdults().get(40);
    rename(person, "並行　\u4F02\u5002");

    MockHttpServletResponse response = issue(person);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(text(response.getContentAsByteArray())).contains("並行", "\u4F02\u5002");
  }

  @Test
  void aNameNothingCanDrawIsRefusedWithTheCauseAndTheMenuSaysWhy() throws Exception {
    String person = TestLegacy.issuableAdults().get(35);
    rename(person, "山田\uD880\uDC00子"); // U+30000, CJK Ext. G: outside IPAmj

    MockHttpServletResponse refused = issue(person);
    MockHttpServletResponse menu = request("/jlis/v1/menu", Requests.menu(newRequestId(), person));

    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString()).contains("NOT_ISSUABLE", "UNPRINTABLE_CHARACTER");
    assertThat(menu.getStatus()).isEqualTo(200);
    var unavailable = new ObjectMapper().readTree(menu.getContentAsString()).get("unavailable");
    Map<String, String> reasons = new HashMap<>();
    unavailable.forEach(
        u -> reasons.put(u.get("certificateType").asText(), u.get("reason").asText()));
    assertThat(reasons)
        .containsEntry("JUMINHYO", "UNPRINTABLE_CHARACTER")
        .containsEntry("INKAN", "UNPRINTABLE_CHARACTER")
        .containsEntry("SHOTOKU_KAZEI", "UNPRINTABLE_CHARACTER")
        .containsEntry("SHOTOKU", "UNPRINTABLE_CHARACTER")
        .containsEntry("KAZEI", "UNPRINTABLE_CHARACTER");
  }

  @Test
  void aGaijiPrintsAsTheTableMapsItAndAChangedMappingIsOnTheNextCertificate() throws Exception {
    String person = TestLegacy.issuableAdults().get(36);
    TestLegacy.jdbc()
        .update(
            "INSERT INTO madoguchi.gaiji (pua, mj_code, ucs) VALUES ('\uE101', 'MJ006561', '\u4F02')");
    rename(person, "山田　\uE101子");
    MockHttpServletResponse first = issue(person);
    assertThat(issue(person).getHeader("X-Source")).isEqualTo("CACHE");

    TestLegacy.jdbc()
        .update(
            "UPDATE madoguchi.gaiji SET ucs = '\u9AD9', version = version + 1 WHERE pua = '\uE101'");
    MockHttpServletResponse after = issue(person);

    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(text(first.getContentAsByteArray())).contains("山田\u4F02子");
    assertThat(after.getStatus()).isEqualTo(200);
    assertThat(after.getHeader("X-Source")).isEqualTo("ON_DEMAND");
    assertThat(text(after.getContentAsByteArray())).contains("山田\u9AD9子");
  }

  @Test
  void aGaijiWithoutARowIsRefusedNotPrintedAsABox() throws Exception {
    String person = TestLegacy.issuableAdults().get(37);
    rename(person, "山田　\uE1FF子");

    MockHttpServletResponse refused = issue(person);

    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString()).contains("UNPRINTABLE_CHARACTER");
  }

  @Test
  void aHouseholderNameNothingCanDrawRefusesOnlyTheCertificatesThatPrintIt() throws Exception {
    String person = notHouseholder();
    String head =
        TestLegacy.jdbc()
            .queryForObject(
                "SELECT h.juminhyo_code FROM madoguchi.jumin j JOIN madoguchi.setai s"
                    + " ON s.setai_no = j.setai_no JOIN madoguchi.jumin h"
                    + " ON h.atena_no = s.setainushi_atena_no WHERE j.juminhyo_code = ?",
                String.class,
                person);
    rename(head, "山田　\uE1FE子"); // a 外字 without a gaiji row

    MockHttpServletResponse without =
        request(
            "/jlis/v1/certificates",
            Requests.certificate(newRequestId(), person, "JUMINHYO", "{\"householder\":false}"));
    MockHttpServletResponse with =
        request(
            "/jlis/v1/certificates",
            Requests.certificate(newRequestId(), person, "JUMINHYO", "{\"householder\":true}"));
    MockHttpServletResponse menu = request("/jlis/v1/menu", Requests.menu(newRequestId(), person));

    assertThat(without.getStatus()).isEqualTo(200);
    assertThat(with.getStatus()).isEqualTo(422);
    assertThat(with.getContentAsString()).contains("NOT_ISSUABLE", "UNPRINTABLE_CHARACTER");
    var available = new ObjectMapper().readTree(menu.getContentAsString()).get("available");
    java.util.List<String> types = new java.util.ArrayList<>();
    available.forEach(a -> types.add(a.get("certificateType").asText()));
    // the menu names no options: a type the resident can get with some options is available
    assertThat(types).contains("JUMINHYO", "INKAN", "SHOTOKU_KAZEI");
  }

  /** An issuable adult whose household's head is someone else, who is not changed by the test. */
  private static String notHouseholder() {
    return TestLegacy.issuableAdults().stream()
        .skip(41)
        .filter(
            p ->
                TestLegacy.jdbc()
                        .queryForObject(
                            "SELECT COUNT(*) FROM madoguchi.jumin j JOIN madoguchi.setai s"
                                + " ON s.setai_no = j.setai_no"
                                + " WHERE j.juminhyo_code = ? AND s.setainushi_atena_no <> j.atena_no",
                            Integer.class,
                            p)
                    > 0)
        .findFirst()
        .orElseThrow();
  }
}
