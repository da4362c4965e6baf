package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestFamily;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The 住民票 form (contract v1.1 option {@code form}): the city's default when none is named, the
 * other one only where the city lets kiosks choose, an unknown one a 400; each form its own body.
 */
class ResidentFormIT extends RelayTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String household(String form) {
    return form == null
        ? "{\"scope\":\"HOUSEHOLD\"}"
        : "{\"scope\":\"HOUSEHOLD\",\"form\":\"" + form + "\"}";
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC)
          .replaceAll("\\s+", "");
    }
  }

  @Test
  void aCityWithoutChoiceServesItsDefaultAndRefusesTheOtherForm() throws Exception {
    TestFamily family = TestFamily.create(30);
    String a = family.code(family.a);

    MockHttpServletResponse none =
        issueCertificate(Requests.certificate(newRequestId(), a, "JUMINHYO", household(null)));
    MockHttpServletResponse renki =
        issueCertificate(Requests.certificate(newRequestId(), a, "JUMINHYO", household("RENKI")));
    MockHttpServletResponse kojin =
        issueCertificate(
            Requests.certificate(newRequestId(), a, "JUMINHYO_KISAI", household("KOJIN")));

    assertThat(none.getStatus()).isEqualTo(200);
    // two members: one 世帯連記式 page, the header's 住所 once, both members under it
    assertThat(none.getHeader("X-Page-Count")).isEqualTo("1");
    String text = text(none.getContentAsByteArray());
    assertThat(text).contains("世帯主試験一郎", "氏名試験一郎", "氏名試験次郎").doesNotContain("個人票");
    assertThat(renki.getStatus()).isEqualTo(200);
    // the default named or not is one body: the second request found the first one's
    assertThat(renki.getHeader("X-Source")).isEqualTo("CACHE");
    assertThat(kojin.getStatus()).isEqualTo(422);
    JsonNode problem = JSON.readTree(kojin.getContentAsByteArray());
    assertThat(problem.path("reason").asText()).isEqualTo("NOT_ISSUABLE");
    assertThat(problem.path("cause").asText()).isEqualTo("OPTION_DISABLED");
  }

  @Test
  void anUnknownFormIsAnInvalidRequestNamingTheField() throws Exception {
    TestFamily family = TestFamily.create(31);
    MockHttpServletResponse bad =
        issueCertificate(
            Requests.certificate(
                newRequestId(), family.code(family.a), "JUMINHYO", household("KOSEKI")));

    assertThat(bad.getStatus()).isEqualTo(400);
    JsonNode problem = JSON.readTree(bad.getContentAsByteArray());
    assertThat(problem.path("reason").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(problem.path("errors").toString()).contains("options.form");
  }

  @Test
  void aCityThatLetsKiosksChooseServesEachFormAsABodyOfItsOwn() throws Exception {
    TestFamily family = TestFamily.create(32);
    String a = family.code(family.a);
    try (RelayNode node =
        RelayNode.start(12, Map.of("kofu.certificate.resident-form.kiosk-may-choose", "true"))) {
      RelayClient client = new RelayClient(node.url(), null);
      HttpResponse<byte[]> kojin = post(client, a, "KOJIN");
      HttpResponse<byte[]> renki = post(client, a, "RENKI");
      HttpResponse<byte[]> kojinAgain = post(client, a, "KOJIN");

      assertThat(kojin.statusCode()).isEqualTo(200);
      assertThat(kojin.headers().firstValue("X-Page-Count")).contains("2");
      String text = text(kojin.body());
      assertThat(text).contains("個人票", "氏名試験一郎", "氏名試験次郎");
      assertThat(renki.statusCode()).isEqualTo(200);
      assertThat(renki.headers().firstValue("X-Page-Count")).contains("1");
      assertThat(renki.headers().firstValue("X-Source")).contains("ON_DEMAND");
      assertThat(text(renki.body())).doesNotContain("個人票");
      assertThat(kojinAgain.headers().firstValue("X-Source")).contains("CACHE");
      assertThat(kojinAgain.headers().firstValue("X-Page-Count")).contains("2");
    }
  }

  private static HttpResponse<byte[]> post(RelayClient client, String person, String form)
      throws Exception {
    return client.post(
        "/jlis/v1/certificates",
        Requests.certificate(newRequestId(), person, "JUMINHYO", household(form)));
  }
}
