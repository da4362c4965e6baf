package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.relay.RelayApplication;
import org.kofu.relay.api.WireFormat;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.support.RelayTestContext;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.kofu.testsupport.MutableClock;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;

/**
 * Two relay nodes (this test's context and a second one joined to the same cache cluster and
 * project database): requests in the same second, from the same kiosk, for the same people, never
 * get each other's bodies, and every number is unique.
 */
class TwoNodesConcurrencyIT extends RelayTests {

  private static ConfigurableApplicationContext second;

  @BeforeAll
  static void startSecondNode() {
    // registered before the first test context exists, so the shared clock is set explicitly
    Clock fixed = Clock.fixed(MutableClock.START, RelayTestContext.TOKYO);
    second =
        new SpringApplicationBuilder(RelayApplication.class)
            .web(WebApplicationType.NONE)
            .initializers(
                ctx ->
                    ((GenericApplicationContext) ctx)
                        .registerBean(
                            "testClock", Clock.class, () -> fixed, bd -> bd.setPrimary(true)))
            .run(
                RelayTestContext.properties(2).entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new));
  }

  @AfterAll
  static void stopSecondNode() {
    if (second != null) {
      second.close();
    }
  }

  private record Issued(String person, String number, byte[] pdf) {}

  private Issued viaFirstNode(String person, String type) throws Exception {
    var response =
        mvc.perform(
                post("/jlis/v1/certificates")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Requests.certificate(newRequestId(), person, type)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return new Issued(
        person, response.getHeader("X-Certificate-Number"), response.getContentAsByteArray());
  }

  private Issued viaSecondNode(String person, String type) {
    return viaSecondNodeAsIs(person, Requests.certificate(newRequestId(), person, type));
  }

  private Issued viaSecondNodeAsIs(String person, String json) {
    WireFormat wire = second.getBean(WireFormat.class);
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    IssuedCertificate issued =
        second.getBean(IssuanceService.class).issue(wire.certificate(body, id -> {}));
    return new Issued(person, issued.certificateNumber(), issued.pdf());
  }

  /** The person's name or, on certificates that print it, their フリガナ. */
  private static List<String> names(String person) {
    var row =
        TestLegacy.jdbc()
            .queryForMap(
                "SELECT shimei, shimei_kana FROM madoguchi.jumin WHERE juminhyo_code = ?", person);
    return List.of(normal(row.get("SHIMEI").toString()), normal(row.get("SHIMEI_KANA").toString()));
  }

  private static String normal(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
  }

  private Issued viaFirstNodeAsIs(String person, String json) throws Exception {
    var response =
        mvc.perform(
                post("/jlis/v1/certificates").contentType(MediaType.APPLICATION_JSON).content(json))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return new Issued(
        person, response.getHeader("X-Certificate-Number"), response.getContentAsByteArray());
  }

  @Test
  void oneRequestIdSentToBothNodesAtOnceGetsTheSameBytesAndIsLoggedOnce() throws Exception {
    String person = TestLegacy.issuableAdults().get(17);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int round = 0; round < 4; round++) {
      String requestId = newRequestId();
      String json = Requests.certificate(requestId, person, "JUMINHYO");
      Future<Issued> a = pool.submit(() -> viaFirstNodeAsIs(person, json));
      Future<Issued> b = pool.submit(() -> viaSecondNodeAsIs(person, json));
      assertThat(a.get().number()).isEqualTo(b.get().number());
      assertThat(a.get().pdf()).isEqualTo(b.get().pdf());
      second.getBean(IssuanceLog.class).chainPending();
      Integer logged =
          new org.springframework.jdbc.core.JdbcTemplate(second.getBean(javax.sql.DataSource.class))
              .queryForObject(
                  "SELECT COUNT(*) FROM issuance_log WHERE request_id = ? AND decision = 'ISSUED'",
                  Integer.class,
                  requestId);
      assertThat(logged).isEqualTo(1);
    }
    pool.shutdown();
  }

  @Test
  void concurrentRequestsOnTwoNodesNeverExchangeBodies() throws Exception {
    List<String> people = TestLegacy.issuableAdults().subList(14, 17);
    String[] types = {"JUMINHYO", "JUMINHYO_KISAI", "INKAN", "SHOTOKU_KAZEI"};
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Issued>> futures = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      String person = people.get(i % people.size());
      String type = types[(i / people.size()) % types.length];
      boolean first = i % 2 == 0;
      Callable<Issued> call =
          first ? () -> viaFirstNode(person, type) : () -> viaSecondNode(person, type);
      futures.add(pool.submit(call));
    }
    Set<String> numbers = new HashSet<>();
    for (Future<Issued> future : futures) {
      Issued issued = future.get();
      assertThat(numbers.add(issued.number())).as("unique number").isTrue();
      String text;
      try (PDDocument document = Loader.loadPDF(issued.pdf())) {
        text = normal(new PDFTextStripper().getText(document));
      }
      assertThat(text).contains(issued.number());
      assertThat(names(issued.person())).anyMatch(text::contains);
      for (String other : people) {
        if (!other.equals(issued.person())) {
          assertThat(names(other)).noneMatch(text::contains);
        }
      }
    }
    pool.shutdown();
  }
}
