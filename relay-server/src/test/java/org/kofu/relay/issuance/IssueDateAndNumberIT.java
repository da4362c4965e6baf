package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.kofu.wareki.Wareki;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Right date, unique number: the 証明日 is the Tokyo day the certificate is served, also for a body
 * rendered the day before, and the number is printed on every page (the date closes the last one).
 */
class IssueDateAndNumberIT extends RelayTests {

  private MockHttpServletResponse issue(String person, String type, String options)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/jlis/v1/certificates")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Requests.certificate(newRequestId(), person, type, options)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response;
  }

  private static String page(byte[] pdf, int page) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return normal(stripper.getText(document));
    }
  }

  private static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
  }

  @Test
  void aBodyCachedTheDayBeforeIsServedWithTheTokyoDayItIsServedOn() throws Exception {
    String person = TestLegacy.issuableAdults().get(33);
    MockHttpServletResponse first = issue(person, "INKAN", "{}");
    assertThat(page(first.getContentAsByteArray(), 1))
        .contains(normal(Wareki.format(LocalDate.of(2026, 11, 25))));

    // 22:00 UTC on the 25th is 07:00 on the 26th in Tokyo, inside service hours
    clock.set(Instant.parse("2026-11-25T22:00:00Z"));
    MockHttpServletResponse nextDay = issue(person, "INKAN", "{}");

    assertThat(nextDay.getHeader("X-Source")).isEqualTo("CACHE");
    assertThat(nextDay.getHeader("X-Certificate-Number")).startsWith("012025-261126-");
    String text = page(nextDay.getContentAsByteArray(), 1);
    assertThat(text).contains(normal(Wareki.format(LocalDate.of(2026, 11, 26))));
    assertThat(text).doesNotContain(normal(Wareki.format(LocalDate.of(2026, 11, 25))));
  }

  @Test
  void theNumberIsOnEveryPageOfAMultiPageCertificate() throws Exception {
    String date = normal(Wareki.format(LocalDate.of(2026, 11, 25)));
    MockHttpServletResponse multiPage = null;
    for (String person : TestLegacy.issuableAdults()) {
      for (String[] request :
          new String[][] {{"KOSEKI_ZENBU", "{}"}, {"JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}"}}) {
        MockHttpServletResponse response = issue(person, request[0], request[1]);
        if (Integer.parseInt(response.getHeader("X-Page-Count")) > 1) {
          multiPage = response;
          break;
        }
      }
      if (multiPage != null) {
        break;
      }
    }
    assertThat(multiPage).as("a certificate of more than one page in the demo data").isNotNull();
    String number = multiPage.getHeader("X-Certificate-Number");
    int pages = Integer.parseInt(multiPage.getHeader("X-Page-Count"));
    for (int p = 1; p <= pages; p++) {
      assertThat(page(multiPage.getContentAsByteArray(), p)).as("page " + p).contains(number);
    }
    // the 証明日 closes the certificate, after its last entry
    assertThat(page(multiPage.getContentAsByteArray(), pages)).contains(date);
  }
}
