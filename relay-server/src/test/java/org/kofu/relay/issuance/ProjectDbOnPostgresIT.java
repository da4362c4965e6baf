package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.demodata.testdb.ScratchPostgres;
import org.kofu.relay.RelayApplication;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.support.RelayTestContext;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The relay's own tables (V3_1) on PostgreSQL: numbering, idempotency with the stored PDF, result
 * notifications and the chained log, in a scratch database.
 */
class ProjectDbOnPostgresIT {

  private static ScratchPostgres postgres;
  private static ConfigurableApplicationContext relay;
  private static MockMvc mvc;

  @BeforeAll
  static void start() throws Exception {
    postgres = ScratchPostgres.create();
    Map<String, String> p = RelayTestContext.properties(4);
    p.put("spring.datasource.url", postgres.url());
    p.put("spring.datasource.username", postgres.user());
    p.put("kofu.cache.member.cluster-name", "kofu-relay-pg-" + System.nanoTime());
    p.put("kofu.cache.member.members", "127.0.0.1:" + p.get("kofu.cache.member.port"));
    List<String> args = new ArrayList<>();
    p.forEach((k, v) -> args.add("--" + k + "=" + v));
    relay =
        new SpringApplicationBuilder(RelayApplication.class)
            .web(WebApplicationType.SERVLET)
            .run(args.toArray(String[]::new));
    mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) relay).build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (relay != null) {
      relay.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void anIssuanceItsRepeatItsResultAndTheLogWorkOnPostgres() throws Exception {
    String person = TestLegacy.issuableAdults().get(18);
    String requestId = "pg-" + System.nanoTime();
    String body = Requests.certificate(requestId, person, "JUMINHYO");
    var first = issue(body);
    var repeat = issue(body);
    assertThat(first.getStatus()).isIn(200, 503);
    if (first.getStatus() == 503) {
      // outside service hours on the real clock: the calendar's answer is all this can check
      assertThat(first.getContentAsString()).contains("OUT_OF_SERVICE_HOURS");
      return;
    }
    assertThat(repeat.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
    assertThat(repeat.getHeader("X-Certificate-Number"))
        .isEqualTo(first.getHeader("X-Certificate-Number"));
    var result =
        mvc.perform(
                post("/jlis/v1/certificates/" + requestId + "/result")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Requests.result("PRINTED")))
            .andReturn()
            .getResponse();
    assertThat(result.getStatus()).isEqualTo(204);
    relay.getBean(IssuanceLog.class).chainPending();
    var verification = relay.getBean(IssuanceLog.class).verify();
    assertThat(verification.intact()).isTrue();
    assertThat(verification.linksChecked()).isGreaterThanOrEqualTo(2);
  }

  private static org.springframework.mock.web.MockHttpServletResponse issue(String body)
      throws Exception {
    return mvc.perform(
            post("/jlis/v1/certificates").contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn()
        .getResponse();
  }
}
