package org.kofu.relay.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

class CertificateEndpointIT extends RelayTests {

  @Autowired private JdbcTemplate projectDb;
  @Autowired private MeterRegistry meters;

  @Test
  void issuingAJuminhyoAnswersAStampedPdfWithTheContractHeaders() throws Exception {
    String person = TestLegacy.issuableAdults().get(0);
    String requestId = newRequestId();

    MockHttpServletResponse response =
        issueCertificate(Requests.certificate(requestId, person, "JUMINHYO"));

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(response.getContentType()).isEqualTo("application/pdf");
    assertThat(response.getHeader("X-Request-Id")).isEqualTo(requestId);
    String number = response.getHeader("X-Certificate-Number");
    assertThat(number).matches("012025-261125-\\d{6}");
    assertThat(response.getHeader("X-Fee-Yen")).isEqualTo("300");
    assertThat(response.getHeader("X-Page-Count")).isEqualTo("1");
    assertThat(response.getHeader("X-Source")).isIn("CACHE", "ON_DEMAND");
    byte[] pdf = response.getContentAsByteArray();
    assertThat(response.getHeader("X-Content-SHA256"))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text =
          java.text.Normalizer.normalize(
              new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFKC);
      assertThat(text).contains(number);
    }
  }

  @Test
  void aSecondRequestForTheSameCertificateIsServedFromTheCacheWithANewNumber() throws Exception {
    String person = TestLegacy.issuableAdults().get(1);
    MockHttpServletResponse first =
        issueCertificate(Requests.certificate(newRequestId(), person, "INKAN"));
    MockHttpServletResponse second =
        issueCertificate(Requests.certificate(newRequestId(), person, "INKAN"));

    assertThat(first.getStatus()).isEqualTo(200);
    // ON_DEMAND unless an earlier test class in this context (the load driver's) cached it
    assertThat(first.getHeader("X-Source")).isIn("ON_DEMAND", "CACHE");
    assertThat(second.getHeader("X-Source")).isEqualTo("CACHE");
    assertThat(second.getHeader("X-Certificate-Number"))
        .isNotEqualTo(first.getHeader("X-Certificate-Number"));
  }

  @Test
  void eachStepOfAnIssuanceIsTimedBySource() throws Exception {
    String person = TestLegacy.issuableAdults().get(3);
    long before = phase("all", "cache").count();

    // the first ON_DEMAND unless an earlier test class in this context cached the body
    long cached =
        List.of(newRequestId(), newRequestId()).stream()
            .map(id -> source(Requests.certificate(id, person, "JUMINHYO_KISAI")))
            .filter("CACHE"::equals)
            .count();

    assertThat(cached).isPositive();
    assertThat(phase("all", "cache").count()).isEqualTo(before + cached);
    double steps = 0;
    for (String step : List.of("gate", "person", "body", "stamp", "commit")) {
      assertThat(phase(step, "cache").count()).as(step).isEqualTo(before + cached);
      steps += phase(step, "cache").totalTime(TimeUnit.NANOSECONDS);
    }
    assertThat(steps).isEqualTo(phase("all", "cache").totalTime(TimeUnit.NANOSECONDS));
    assertThat(phase("body", "cache").totalTime(TimeUnit.NANOSECONDS)).isPositive();
  }

  private String source(String request) {
    try {
      return issueCertificate(request).getHeader("X-Source");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Timer phase(String phase, String source) {
    return meters
        .get("kofu.relay.issuance.phase")
        .tag("phase", phase)
        .tag("source", source)
        .timer();
  }

  @Test
  void theSameRequestIdAndBodyReturnsTheSameBytesAndNumber() throws Exception {
    String person = TestLegacy.issuableAdults().get(2);
    String body = Requests.certificate(newRequestId(), person, "SHOTOKU_KAZEI");

    MockHttpServletResponse first = issueCertificate(body);
    MockHttpServletResponse repeat = issueCertificate(body);

    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(repeat.getStatus()).isEqualTo(200);
    assertThat(repeat.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
    assertThat(repeat.getHeader("X-Certificate-Number"))
        .isEqualTo(first.getHeader("X-Certificate-Number"));
  }

  @Test
  void theCanarysKioskIdFromAnyoneButTheCanaryIsRefusedAndIssuesNothing() throws Exception {
    String person = TestLegacy.issuableAdults().get(2);
    String requestId = newRequestId();
    String forged =
        Requests.certificate(requestId, person, "JUMINHYO")
            .replace("\"kioskId\":\"K-0001\"", "\"kioskId\":\"KOFU-CANARY\"");
    assertThat(forged).contains("KOFU-CANARY");

    for (String token : new String[] {null, "forged"}) {
      var request = post("/jlis/v1/certificates").contentType(MediaType.APPLICATION_JSON);
      if (token != null) {
        request = request.header("X-Kofu-Canary", token);
      }
      mvc.perform(request.content(forged))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.reason").value("INVALID_REQUEST"));
    }
    assertThat(
            projectDb.queryForObject(
                "SELECT COUNT(*) FROM issuance_request WHERE request_id = ?",
                Integer.class,
                requestId))
        .isZero();
  }

  @Test
  void theSameRequestIdWithAnotherBodyIsAConflict() throws Exception {
    String person = TestLegacy.issuableAdults().get(2);
    String requestId = newRequestId();
    assertThat(issueCertificate(Requests.certificate(requestId, person, "JUMINHYO")).getStatus())
        .isEqualTo(200);

    mvc.perform(
            post("/jlis/v1/certificates")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Requests.certificate(requestId, person, "INKAN")))
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(header().string("X-Request-Id", requestId))
        .andExpect(jsonPath("$.reason").value("REQUEST_ID_CONFLICT"))
        .andExpect(jsonPath("$.requestId").value(requestId));
  }

  @Test
  void aRepeatAfterThePurgeDroppedTheStoredBytesIsAConflictNotANewIssuance() throws Exception {
    String person = TestLegacy.issuableAdults().get(2);
    String requestId = newRequestId();
    String body = Requests.certificate(requestId, person, "JUMINHYO");
    MockHttpServletResponse first = issueCertificate(body);
    assertThat(first.getStatus()).isEqualTo(200);
    // what batch-jobs' purge does once kofu.batch.purge.idempotency-window has passed
    projectDb.update(
        "UPDATE issuance_request SET pdf = NULL, body_form = NULL WHERE request_id = ?", requestId);

    mvc.perform(post("/jlis/v1/certificates").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isConflict())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.reason").value("REQUEST_ID_CONFLICT"));
    assertThat(
            projectDb.queryForObject(
                "SELECT COUNT(*) FROM issuance_request WHERE request_id = ?",
                Integer.class,
                requestId))
        .isEqualTo(1);
    assertThat(
            projectDb.queryForObject(
                "SELECT certificate_number FROM issuance_request WHERE request_id = ?",
                String.class,
                requestId))
        .isEqualTo(first.getHeader("X-Certificate-Number"));
  }

  @Test
  void everyTypeCanBeIssuedAndCopiesMultiplyTheFee() throws Exception {
    String person = TestLegacy.issuableAdults().get(3);
    for (String type :
        new String[] {"JUMINHYO_KISAI", "KOSEKI_ZENBU", "KOSEKI_KOJIN", "KOSEKI_FUHYO"}) {
      String body =
          Requests.certificate(newRequestId(), person, type)
              .replace("\"copies\":1", "\"copies\":3");
      MockHttpServletResponse response = issueCertificate(body);
      assertThat(response.getStatus()).as(type).isEqualTo(200);
      int fee = type.startsWith("KOSEKI_") && !type.equals("KOSEKI_FUHYO") ? 450 : 300;
      assertThat(response.getHeader("X-Fee-Yen")).as(type).isEqualTo(Integer.toString(fee * 3));
      assertThat(new String(response.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
    }
  }
}
