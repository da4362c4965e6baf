package org.kofu.relay.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kofu.core.legacy.koseki.RegisteredPerson;
import org.kofu.core.registration.Applicant;
import org.kofu.core.registration.RegisterMatching;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * 本籍地利用登録 through the relay: one registration per requestId, served only while approved and while
 * its person still agrees with the 戸籍, through the same rules as any request.
 */
class RegistrationIT extends RelayTests {

  @Autowired RegistrationRepository registrations;
  @Autowired RegisterMatching matching;
  @Autowired DataSource projectDataSource;

  /** A person of the demo 戸籍 who lives elsewhere (no atena_no), the n-th of them. */
  private static Map<String, Object> elsewhere(int n) {
    return TestLegacy.jdbc()
        .queryForList(
            "SELECT p.koseki_id, p.kojin_no, p.shimei, p.birth_date, k.honseki, k.hittosha,"
                + " h.shimei AS head FROM koseki.kojin p"
                + " JOIN koseki.koseki k ON k.koseki_id = p.koseki_id"
                + " JOIN koseki.kojin h ON h.koseki_id = p.koseki_id AND h.kojin_no = 1"
                + " WHERE p.atena_no IS NULL AND p.joseki = FALSE AND k.status = 'CURRENT'"
                + " ORDER BY p.koseki_id, p.kojin_no")
        .get(n);
  }

  private static String application(String requestId, String code, Map<String, Object> p) {
    String hittosha = p.get("HITTOSHA").toString();
    String surname = hittosha.substring(0, hittosha.length() - p.get("HEAD").toString().length());
    return """
        {"requestId":"%s","municipalityCode":"012025","juminhyoCode":"%s","name":"%s　%s",
         "nameKana":"カナ","birthDate":"%s","honseki":"%s","hittosha":"%s",
         "requestedAt":"2026-11-25T10:00:00+09:00"}"""
        .formatted(
            requestId,
            code,
            surname,
            p.get("SHIMEI"),
            p.get("BIRTH_DATE"),
            p.get("HONSEKI"),
            hittosha);
  }

  private ResultActions post(String path, String body) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private long apply(String body) throws Exception {
    String answer =
        post("/jlis/v1/registrations", body)
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.status").value("PENDING"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(answer.replaceAll(".*\"registrationId\":\"(\\d+)\".*", "$1"));
  }

  private int issue(String code, String type) throws Exception {
    return issueCertificate(Requests.certificate(newRequestId(), code, type)).getStatus();
  }

  /** Approves as a clerk would: the one candidate the 戸籍 offers, at the version seen. */
  private RegisteredPerson approve(long id) {
    Registration r = registrations.find(id).orElseThrow();
    var candidates =
        matching.candidates(new Applicant(r.name(), r.birthDate(), r.honseki(), r.hittosha()));
    assertThat(candidates).hasSize(1);
    RegisteredPerson chosen = candidates.get(0);
    assertThat(
            registrations.approve(
                id,
                r.version(),
                chosen.member().kosekiId(),
                chosen.member().kojinNo(),
                "clerk",
                Instant.now()))
        .isTrue();
    return chosen;
  }

  @Test
  void theSameRequestIdGivesTheSameRegistrationAndAnotherApplicationUnderItIsAConflict()
      throws Exception {
    String requestId = newRequestId();
    String body = application(requestId, "88888888811", elsewhere(0));

    long first = apply(body);
    long again = apply(body);

    assertThat(again).isEqualTo(first);
    post("/jlis/v1/registrations", application(requestId, "88888888812", elsewhere(0)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.reason").value("REQUEST_ID_CONFLICT"));
    assertThat(
            new JdbcTemplate(projectDataSource)
                .queryForObject(
                    "SELECT COUNT(*) FROM honseki_registration WHERE request_id = ?",
                    Integer.class,
                    requestId))
        .isEqualTo(1);
    assertThat(
            new JdbcTemplate(projectDataSource)
                .queryForList(
                    "SELECT detail FROM audit_log WHERE action = 'REGISTRATION_RECEIVED'",
                    String.class))
        .as("received once, audited by id, without the code")
        .contains("#" + first + " request=" + requestId)
        .noneMatch(d -> d.contains("88888888811"));
  }

  @Test
  void anApprovedRegistrationServesItsPersonUntilTheyLeaveTheRegister() throws Exception {
    Map<String, Object> person = elsewhere(1);
    String code = "88888888821";
    long id = apply(application(newRequestId(), code, person));
    assertThat(issue(code, "KOSEKI_KOJIN")).as("pending").isEqualTo(404);

    approve(id);
    assertThat(issue(code, "KOSEKI_KOJIN")).isEqualTo(200);
    assertThat(issue(code, "JUMINHYO")).as("no resident record").isEqualTo(404);

    JdbcTemplate legacy = TestLegacy.jdbc();
    Object koseki = person.get("KOSEKI_ID");
    Object kojin = person.get("KOJIN_NO");
    legacy.update(
        "UPDATE koseki.kojin SET joseki = TRUE WHERE koseki_id = ? AND kojin_no = ?",
        koseki,
        kojin);
    try {
      assertThat(issue(code, "KOSEKI_KOJIN"))
          .as("除籍 refuses at once, before any job has suspended the registration")
          .isEqualTo(404);
    } finally {
      legacy.update(
          "UPDATE koseki.kojin SET joseki = FALSE WHERE koseki_id = ? AND kojin_no = ?",
          koseki,
          kojin);
    }
    assertThat(issue(code, "KOSEKI_KOJIN")).isEqualTo(200);
  }

  @Test
  void aPersonWhoseDataNoLongerAgreesIsNotServed() throws Exception {
    Map<String, Object> person = elsewhere(2);
    String code = "88888888831";
    approve(apply(application(newRequestId(), code, person)));
    assertThat(issue(code, "KOSEKI_ZENBU")).isEqualTo(200);

    JdbcTemplate legacy = TestLegacy.jdbc();
    legacy.update(
        "UPDATE koseki.kojin SET birth_date = ? WHERE koseki_id = ? AND kojin_no = ?",
        LocalDate.parse(person.get("BIRTH_DATE").toString()).plusDays(1),
        person.get("KOSEKI_ID"),
        person.get("KOJIN_NO"));
    try {
      assertThat(issue(code, "KOSEKI_ZENBU")).isEqualTo(404);
    } finally {
      legacy.update(
          "UPDATE koseki.kojin SET birth_date = ? WHERE koseki_id = ? AND kojin_no = ?",
          LocalDate.parse(person.get("BIRTH_DATE").toString()),
          person.get("KOSEKI_ID"),
          person.get("KOJIN_NO"));
    }
  }

  @Test
  void suspendedAndRevokedRegistrationsServeNothing() throws Exception {
    String code = "88888888841";
    long id = apply(application(newRequestId(), code, elsewhere(3)));
    approve(id);
    assertThat(issue(code, "KOSEKI_FUHYO")).isEqualTo(200);

    assertThat(registrations.suspend(id, "LEFT_REGISTER", "system", Instant.now())).isTrue();
    mvc.perform(
            MockMvcRequestBuilders.post("/jlis/v1/certificates")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Requests.certificate(newRequestId(), code, "KOSEKI_FUHYO")))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.reason").value("PERSON_NOT_FOUND"));
    assertThat(issue(code, "KOSEKI_ZENBU")).isEqualTo(404);

    long version = registrations.find(id).orElseThrow().version();
    assertThat(registrations.revoke(id, version, "誤登録", "officer", Instant.now())).isTrue();
    assertThat(issue(code, "KOSEKI_FUHYO")).isEqualTo(404);
  }

  @Test
  void aRegistrantWhoseFuhyoIsProtectedBySupportMeasuresGetsNoFuhyo() throws Exception {
    Map<String, Object> person = elsewhere(4);
    String code = "88888888851";
    approve(apply(application(newRequestId(), code, person)));
    TestLegacy.jdbc()
        .update(
            "INSERT INTO koseki.fuhyo_seigen (seigen_id, koseki_id, kojin_no, reason, valid_from)"
                + " VALUES (?, ?, ?, 'DV_SUPPORT', DATE '2026-11-25')",
            910_000_001L,
            person.get("KOSEKI_ID"),
            person.get("KOJIN_NO"));

    mvc.perform(
            MockMvcRequestBuilders.post("/jlis/v1/certificates")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Requests.certificate(newRequestId(), code, "KOSEKI_FUHYO")))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.cause").value("ISSUANCE_RESTRICTED"));
  }
}
