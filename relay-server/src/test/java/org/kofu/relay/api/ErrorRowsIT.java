package org.kofu.relay.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/** Every error row of the contract, each as problem+json with X-Request-Id. */
class ErrorRowsIT extends RelayTests {

  @Autowired JdbcTemplate project;

  private ResultActions post(String path, String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static ResultActions problem(ResultActions result, int status, String reason)
      throws Exception {
    return result
        .andExpect(status().is(status))
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(header().exists("X-Request-Id"))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.reason").value(reason))
        .andExpect(jsonPath("$.type").exists())
        .andExpect(jsonPath("$.title").exists())
        .andExpect(jsonPath("$.detail").exists());
  }

  @Test
  void malformedJsonIsInvalidRequest() throws Exception {
    problem(post("/jlis/v1/certificates", "{\"requestId\": "), 400, "INVALID_REQUEST");
  }

  @Test
  void missingAndIllFormedFieldsAreNamed() throws Exception {
    String id = newRequestId();
    post("/jlis/v1/certificates", "{\"requestId\":\"" + id + "\",\"copies\":11}")
        .andExpect(status().isBadRequest())
        .andExpect(header().string("X-Request-Id", id))
        .andExpect(jsonPath("$.requestId").value(id))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    Matchers.hasItems(
                        "municipalityCode",
                        "juminhyoCode",
                        "certificateType",
                        "copies",
                        "kioskId",
                        "requestedAt")));
  }

  @Test
  void unknownTypeAndUnknownOptionAreInvalid() throws Exception {
    String person = TestLegacy.issuableAdults().get(4);
    post("/jlis/v1/certificates", Requests.certificate(newRequestId(), person, "PASSPORT"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("certificateType"));
    post(
            "/jlis/v1/certificates",
            Requests.certificate(newRequestId(), person, "INKAN", "{\"scope\":\"SELF\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("options.scope"));
    post(
            "/jlis/v1/certificates",
            Requests.certificate(
                newRequestId(), person, "KOSEKI_FUHYO", "{\"scope\":\"HOUSEHOLD\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("options.scope"));
  }

  @Test
  void aCheckDigitThatDoesNotMatchIsInvalid() throws Exception {
    String body = Requests.menu(newRequestId(), "12345678901").replace("012025", "012026");
    problem(post("/jlis/v1/menu", body), 400, "INVALID_REQUEST");
  }

  @Test
  void anotherMunicipalityIsForbidden() throws Exception {
    String person = TestLegacy.issuableAdults().get(4);
    String body =
        Requests.certificate(newRequestId(), person, "JUMINHYO").replace("012025", "131016");
    problem(post("/jlis/v1/certificates", body), 403, "WRONG_MUNICIPALITY");
    problem(
        post("/jlis/v1/menu", Requests.menu(newRequestId(), person).replace("012025", "131016")),
        403,
        "WRONG_MUNICIPALITY");
  }

  @Test
  void anUnknownPersonIsNotFound() throws Exception {
    problem(
        post(
            "/jlis/v1/certificates",
            Requests.certificate(newRequestId(), "99999999999", "JUMINHYO")),
        404,
        "PERSON_NOT_FOUND");
    problem(
        post("/jlis/v1/menu", Requests.menu(newRequestId(), "99999999999")),
        404,
        "PERSON_NOT_FOUND");
  }

  @Test
  void aBodyOver64KiBIsTooLarge() throws Exception {
    String padding = "x".repeat(70 * 1024);
    problem(post("/jlis/v1/menu", "{\"pad\":\"" + padding + "\"}"), 413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void theMyNumberOptionIsRefusedUnlessEnabled() throws Exception {
    String person = TestLegacy.issuableAdults().get(4);
    problem(
            post(
                "/jlis/v1/certificates",
                Requests.certificate(newRequestId(), person, "JUMINHYO", "{\"myNumber\":true}")),
            422,
            "NOT_ISSUABLE")
        .andExpect(jsonPath("$.cause").value("OPTION_DISABLED"));
  }

  @Test
  void aTaxYearNotOnRecordIsNoTaxRecord() throws Exception {
    String person = TestLegacy.issuableAdults().get(4);
    problem(
            post(
                "/jlis/v1/certificates",
                Requests.certificate(
                    newRequestId(), person, "SHOTOKU_KAZEI", "{\"fiscalYear\":1990}")),
            422,
            "NOT_ISSUABLE")
        .andExpect(jsonPath("$.cause").value("NO_TAX_RECORD"));
  }

  @Test
  void aChildIsUnderAge() throws Exception {
    problem(
            post(
                "/jlis/v1/certificates",
                Requests.certificate(newRequestId(), TestLegacy.child(), "JUMINHYO")),
            422,
            "NOT_ISSUABLE")
        .andExpect(jsonPath("$.cause").value("UNDER_AGE"));
  }

  @Test
  void outsideServiceHoursIsUnavailableWithRetryAfter() throws Exception {
    clock.set(Instant.parse("2026-11-25T14:30:00Z")); // 23:30 in Tokyo
    String person = TestLegacy.issuableAdults().get(4);
    problem(
            post("/jlis/v1/certificates", Requests.certificate(newRequestId(), person, "JUMINHYO")),
            503,
            "OUT_OF_SERVICE_HOURS")
        .andExpect(header().string("Retry-After", "25200"));
  }

  @Test
  void aMaintenanceWindowIsUnavailableWithRetryAfter() throws Exception {
    project.update(
        "INSERT INTO maintenance_window (starts_at, ends_at, reason, announced_at, announced_by,"
            + " cancelled) VALUES (TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+00',"
            + " TIMESTAMP WITH TIME ZONE '2026-12-01 01:00:00+00', 'test',"
            + " TIMESTAMP WITH TIME ZONE '2026-11-20 00:00:00+00', 'test', FALSE)");
    clock.set(Instant.parse("2026-12-01T00:30:00Z"));
    String person = TestLegacy.issuableAdults().get(4);
    problem(
            post("/jlis/v1/certificates", Requests.certificate(newRequestId(), person, "JUMINHYO")),
            503,
            "MAINTENANCE")
        .andExpect(header().string("Retry-After", "1800"));
  }

  @Test
  void springsOwnErrorsAreProblemsToo() throws Exception {
    problem(mvc.perform(get("/nowhere")), 404, "NOT_FOUND")
        .andExpect(content().string(Matchers.containsString("\"requestId\":null")))
        .andExpect(jsonPath("$.instance").doesNotExist());
    problem(mvc.perform(get("/jlis/v1/menu")), 405, "METHOD_NOT_ALLOWED");
    problem(
        mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/jlis/v1/menu")
                .contentType(MediaType.TEXT_PLAIN)
                .content("hello")),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
  }
}
