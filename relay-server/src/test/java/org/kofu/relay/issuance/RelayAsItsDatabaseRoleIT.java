package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.support.RelayOnPostgres;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.kofu.testsupport.DeployedProjectDb;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The relay connected as kofu_relay to a project database owned by kofu_migrate, with
 * ops/deploy/project-db/grants.sql applied after the migration (issue 23 point 5): everything the
 * relay does on a request works with only those grants.
 */
class RelayAsItsDatabaseRoleIT {

  private static ScratchPostgres postgres;
  private static ConfigurableApplicationContext relay;
  private static MockMvc mvc;

  @BeforeAll
  static void start() throws Exception {
    postgres = DeployedProjectDb.create();
    relay =
        RelayOnPostgres.start(
            postgres,
            4,
            "kofu-relay-role",
            RelayOnPostgres.fixedClock(),
            DeployedProjectDb.properties(postgres, "kofu_relay"));
    mvc = RelayOnPostgres.mvc(relay);
  }

  @AfterAll
  static void stop() throws Exception {
    RelayOnPostgres.stop(postgres, relay);
  }

  @Test
  void issuesRepeatsRecordsResultsChainsAndReceivesRegistrationsAsKofuRelay() throws Exception {
    JdbcTemplate jdbc = relay.getBean(JdbcTemplate.class);
    assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("kofu_relay");

    String requestId = "role-" + System.nanoTime();
    String body = Requests.certificate(requestId, TestLegacy.issuableAdults().get(19), "JUMINHYO");
    MockHttpServletResponse first = send("/jlis/v1/certificates", body);
    MockHttpServletResponse repeat = send("/jlis/v1/certificates", body);
    assertThat(first.getStatus()).isEqualTo(200);
    assertThat(repeat.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
    assertThat(
            send("/jlis/v1/certificates/" + requestId + "/result", Requests.result("PRINTED"))
                .getStatus())
        .isEqualTo(204);
    IssuanceLog log = relay.getBean(IssuanceLog.class);
    log.chainPending();
    assertThat(log.verify().intact()).isTrue();

    MockHttpServletResponse registration =
        send("/jlis/v1/registrations", application("role-reg-" + System.nanoTime()));
    assertThat(registration.getStatus()).isEqualTo(202);
  }

  private static String application(String requestId) {
    return """
        {"requestId":"%s","municipalityCode":"012025","juminhyoCode":"88888888801",
         "name":"試験　太郎","nameKana":"シケン　タロウ","birthDate":"1980-01-01",
         "honseki":"北海道函館市東雲町4番地","hittosha":"試験　一郎",
         "requestedAt":"2026-11-25T10:00:00+09:00"}"""
        .formatted(requestId);
  }

  private static MockHttpServletResponse send(String path, String body) throws Exception {
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
        .andReturn()
        .getResponse();
  }
}
