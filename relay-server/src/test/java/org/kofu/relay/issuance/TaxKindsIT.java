package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateType;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestFamily;
import org.kofu.relay.support.TestLegacy;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * 所得証明書, 課税証明書 / 非課税証明書 and 所得・課税証明書 through the relay (jlis-relay-api.md v1.1): each with its fee
 * and its title, the menu's {@code fiscalYears} exactly the years on record within the city's
 * window (the default: the current 年度, and the previous one until 6月1日), any other year refused
 * with NO_TAX_RECORD. The tests' day, 2026-11-25, is in 2026年度 ({@link TestFamily#CURRENT_NENDO}).
 */
class TaxKindsIT extends RelayTests {

  private static final List<String> TAX_TYPES = List.of("SHOTOKU_KAZEI", "SHOTOKU", "KAZEI");

  /** 2027-05-20 10:00 in Tokyo, a Thursday of 2027年度 before 6月1日. */
  private static final Instant BEFORE_SWITCH = Instant.parse("2027-05-20T01:00:00Z");

  /** 2027-06-01 10:00 in Tokyo, a Tuesday: the previous 年度 is no longer issued. */
  private static final Instant AT_SWITCH = Instant.parse("2027-06-01T01:00:00Z");

  private MockHttpServletResponse request(String path, String body) throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn()
        .getResponse();
  }

  private MockHttpServletResponse issue(String person, String type, String options)
      throws Exception {
    return request(
        "/jlis/v1/certificates", Requests.certificate(newRequestId(), person, type, options));
  }

  private static String text(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
      // NFKC, without the spaces the text layer puts between a label and its value
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
          .replace(" ", "");
    }
  }

  /** The menu's tax types: their fiscalYears, and each fee under key type + "/fee". */
  private Map<String, Object> taxMenu(String person) throws Exception {
    MockHttpServletResponse menu = request("/jlis/v1/menu", Requests.menu(newRequestId(), person));
    assertThat(menu.getStatus()).isEqualTo(200);
    JsonNode root = new ObjectMapper().readTree(menu.getContentAsString());
    Map<String, Object> found = new HashMap<>();
    for (JsonNode a : root.get("available")) {
      String type = a.get("certificateType").asText();
      if (TAX_TYPES.contains(type)) {
        List<Integer> years = new ArrayList<>();
        a.get("fiscalYears").forEach(y -> years.add(y.asInt()));
        found.put(type, years);
        found.put(type + "/fee", a.get("feeYen").asInt());
      } else {
        assertThat(a.has("fiscalYears") && !a.get("fiscalYears").isNull()).as(type).isFalse();
      }
    }
    for (JsonNode u : root.get("unavailable")) {
      found.put(u.get("certificateType").asText(), u.get("reason").asText());
    }
    return found;
  }

  private static void taxRow(long atenaNo, int nendo, long salary, long base, long shimin) {
    TestLegacy.jdbc()
        .update(
            "INSERT INTO madoguchi.shotoku_kazei (atena_no, nendo, kyuyo_shunyu, kyuyo_shotoku,"
                + " goukei_shotoku, shotoku_kojo, kazei_shotoku, shiminzei, dominzei, fuyo_count)"
                + " VALUES (?, ?, ?, ?, ?, 430000, ?, ?, ?, 1)",
            atenaNo,
            nendo,
            salary,
            salary * 7 / 10,
            salary * 7 / 10,
            base,
            shimin,
            shimin * 2 / 3);
  }

  @Test
  void theMenuListsEachTaxKindWithItsFeeAndOnlyTheCurrentYear() throws Exception {
    TestFamily f = TestFamily.create(70);

    Map<String, Object> menu = taxMenu(f.code(f.a));

    for (String type : TAX_TYPES) {
      // A has 2025 and 2026 on record; past 6月1日 of 2026年度 only 2026 is issued
      assertThat(menu).as(type).containsEntry(type, List.of(TestFamily.CURRENT_NENDO));
      assertThat(menu).containsEntry(type + "/fee", 300);
    }
  }

  @Test
  void thePreviousYearIsListedUntilTheSwitchDayAndRefusedFromIt() throws Exception {
    TestFamily f = TestFamily.create(71);
    taxRow(f.b, 2026, 3_000_000, 1_200_000, 72_000);
    String b = f.code(f.b);
    assertThat(taxMenu(b)).as("2026年度").containsEntry("KAZEI", List.of(2026));
    // 2027年度's assessment, recorded in May 2027
    taxRow(f.b, 2027, 3_100_000, 1_260_000, 75_600);

    clock.set(BEFORE_SWITCH);
    Map<String, Object> before = taxMenu(b);
    clock.set(AT_SWITCH);
    Map<String, Object> after = taxMenu(b);
    MockHttpServletResponse refused = issue(b, "SHOTOKU", "{\"fiscalYear\":2026}");
    String current = text(issue(b, "SHOTOKU", "{\"fiscalYear\":2027}"));
    clock.set(BEFORE_SWITCH);
    String previous = text(issue(b, "SHOTOKU", "{\"fiscalYear\":2026}"));

    for (String type : TAX_TYPES) {
      assertThat(before).as(type).containsEntry(type, List.of(2026, 2027));
      assertThat(after).as(type).containsEntry(type, List.of(2027));
    }
    assertThat(refused.getStatus()).isEqualTo(422);
    assertThat(refused.getContentAsString()).contains("NOT_ISSUABLE", "NO_TAX_RECORD");
    assertThat(current).contains("所得証明書", "年度令和9年度", "給与収入3,100,000円");
    assertThat(previous).contains("所得証明書", "年度令和8年度", "給与収入3,000,000円");
  }

  @Test
  void aYearOutsideTheWindowIsRefusedWithNoTaxRecordWhetherOnRecordOrNot() throws Exception {
    TestFamily f = TestFamily.create(72);
    String a = f.code(f.a);

    for (String type : TAX_TYPES) {
      // 2025 is on record but outside the window; 2024 is not on record; 2027 is not yet
      for (int year : List.of(2025, 2024, 2027)) {
        MockHttpServletResponse r = issue(a, type, "{\"fiscalYear\":" + year + "}");
        assertThat(r.getStatus()).as("%s %d", type, year).isEqualTo(422);
        assertThat(r.getContentAsString()).contains("NOT_ISSUABLE", "NO_TAX_RECORD");
      }
      assertThat(issue(a, type, "{\"fiscalYear\":2026}").getStatus()).as(type).isEqualTo(200);
    }
  }

  @Test
  void aPersonWithOnlyAnOldYearHasNoTaxCertificateOnTheMenu() throws Exception {
    TestFamily f = TestFamily.create(73);
    taxRow(f.b, 2024, 2_000_000, 600_000, 36_000);

    Map<String, Object> menu = taxMenu(f.code(f.b));

    for (String type : TAX_TYPES) {
      assertThat(menu).as(type).containsEntry(type, "NO_TAX_RECORD");
    }
    assertThat(issue(f.code(f.b), "KAZEI", "{}").getContentAsString()).contains("NO_TAX_RECORD");
  }

  @Test
  void eachKindPrintsItsTitleAndItsItemsAndAnUntaxedKazeiIsAHikazei() throws Exception {
    TestFamily f = TestFamily.create(74);
    taxRow(f.d, TestFamily.CURRENT_NENDO, 900_000, 0, 0);
    String a = f.code(f.a);

    MockHttpServletResponse kazeiResponse = issue(a, "KAZEI", "{}");
    String shotoku = text(issue(a, "SHOTOKU", "{}"));
    String kazei = text(kazeiResponse);
    String both = text(issue(a, "SHOTOKU_KAZEI", "{}"));
    String hikazei = text(issue(f.code(f.d), "KAZEI", "{}"));

    assertThat(kazeiResponse.getHeader("X-Fee-Yen")).isEqualTo("300");
    assertThat(shotoku)
        .contains(CertificateType.SHOTOKU.title(), "年度令和8年度", "氏名試験一郎")
        .contains("給与収入4,100,000円", "給与所得2,840,000円", "合計所得金額2,840,000円")
        .contains("所得控除合計1,004,000円", "上記のとおり証明する。")
        .doesNotContain("課税標準額", "市民税額", "合計税額");
    assertThat(kazei)
        .contains("課税証明書", "年度令和8年度", "課税標準額1,836,000円")
        .contains("市民税額110,100円", "道民税額73,400円", "合計税額183,500円", "上記のとおり証明する。")
        .doesNotContain("非課税", "給与収入");
    assertThat(both).contains("所得・課税証明書", "給与収入4,100,000円", "課税標準額1,836,000円", "合計税額183,500円");
    assertThat(hikazei)
        .contains("非課税証明書", "氏名試験次郎", "合計税額0円")
        .contains("上記の者は、令和8年度市民税・道民税が課されていないことを証明する。")
        .doesNotContain("上記のとおり証明する。");
  }
}
