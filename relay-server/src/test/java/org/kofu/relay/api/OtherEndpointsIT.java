package org.kofu.relay.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateType;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Menu, result notifications and health (registrations: person.RegistrationIT). */
class OtherEndpointsIT extends RelayTests {

  private ResultActions post(String path, String body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void theMenuListsEveryTypeWithFeesAndTheTaxYears() throws Exception {
    String person = TestLegacy.issuableAdults().get(11);
    String id = newRequestId();
    post("/jlis/v1/menu", Requests.menu(id, person))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Request-Id", id))
        .andExpect(jsonPath("$.requestId").value(id))
        .andExpect(jsonPath("$.available.length()").value(CertificateType.values().length))
        .andExpect(jsonPath("$.unavailable.length()").value(0))
        .andExpect(jsonPath("$.available[?(@.certificateType=='KOSEKI_ZENBU')].feeYen").value(450))
        .andExpect(
            jsonPath("$.available[?(@.certificateType=='SHOTOKU_KAZEI')].fiscalYears[0]")
                .value(Matchers.notNullValue()));
  }

  @Test
  void theMenuShowsATypeStoppedInTheCalendarAsOutOfServiceHoursAndTheOthersAvailable()
      throws Exception {
    String person = TestLegacy.issuableAdults().get(11);
    var project =
        new org.springframework.jdbc.core.JdbcTemplate(
            new org.springframework.jdbc.datasource.DriverManagerDataSource(
                org.kofu.relay.support.RelayTestContext.PROJECT_URL, "sa", ""));
    project.update("UPDATE service_type_rule SET stopped = TRUE WHERE certificate_type = 'INKAN'");
    try {
      post("/jlis/v1/menu", Requests.menu(newRequestId(), person))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.available.length()").value(CertificateType.values().length - 1))
          .andExpect(jsonPath("$.unavailable.length()").value(1))
          .andExpect(jsonPath("$.unavailable[0].certificateType").value("INKAN"))
          .andExpect(jsonPath("$.unavailable[0].reason").value("OUT_OF_SERVICE_HOURS"));
    } finally {
      project.update(
          "UPDATE service_type_rule SET stopped = FALSE WHERE certificate_type = 'INKAN'");
    }
  }

  @Test
  void theMenuOfAChildSaysWhy() throws Exception {
    post("/jlis/v1/menu", Requests.menu(newRequestId(), TestLegacy.child()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.available.length()").value(0))
        .andExpect(jsonPath("$.unavailable[0].reason").value("UNDER_AGE"));
  }

  @Test
  void resultNotificationsAreRecordedOnce() throws Exception {
    String person = TestLegacy.issuableAdults().get(11);
    String id = newRequestId();
    post("/jlis/v1/certificates", Requests.certificate(id, person, "JUMINHYO"))
        .andExpect(status().isOk());
    String path = "/jlis/v1/certificates/" + id + "/result";

    post(path, Requests.result("PRINTED"))
        .andExpect(status().isNoContent())
        .andExpect(header().string("X-Request-Id", id));
    post(path, Requests.result("PRINTED")).andExpect(status().isNoContent());
    post(path, Requests.result("CANCELLED"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.reason").value("REQUEST_ID_CONFLICT"));
    post("/jlis/v1/certificates/unknown-0001/result", Requests.result("PRINTED"))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", "application/problem+json"));
    post(path, "{\"outcome\":\"LOST\",\"pagesPrinted\":-1}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(Matchers.hasItems("outcome", "pagesPrinted", "reportedAt")));
  }

  @Test
  void healthIsUpWhenEverySourceAnswers() throws Exception {
    String body =
        mvc.perform(get("/jlis/v1/health"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("\"status\":\"UP\"");
  }
}
