package org.kofu.relay.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/** The contract's paths as HTTP has them: methods, OPTIONS, HEAD, and the requests' metrics. */
class ContractEndpointsIT extends RelayTests {

  @Autowired private MeterRegistry meters;

  @Test
  void anotherMethodIsRefusedNamingTheEndpointsOwn() throws Exception {
    methodNotAllowed(mvc.perform(get("/jlis/v1/certificates")), "POST");
    methodNotAllowed(mvc.perform(get("/jlis/v1/certificates/abcdefgh-1/result")), "POST");
    methodNotAllowed(mvc.perform(put("/jlis/v1/registrations")), "POST");
    methodNotAllowed(mvc.perform(json("/jlis/v1/health", "{}")), "GET, HEAD");
  }

  @Test
  void optionsListsTheMethodsAndHeadAnswersHealth() throws Exception {
    mvc.perform(options("/jlis/v1/menu"))
        .andExpect(status().isOk())
        .andExpect(header().string("Allow", "POST"))
        .andExpect(content().string(""));
    // the body of a HEAD is dropped by the container (Servlet 6), which MockMvc is not
    mvc.perform(head("/jlis/v1/health"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/json"));
  }

  @Test
  void aPathTheContractDoesNotHaveIsNotFound() throws Exception {
    for (String path :
        new String[] {
          "/jlis/v1/menu/", "/jlis/v1/certificates/abcdefgh-1", "/jlis/v1/certificates/a/b/result"
        }) {
      mvc.perform(json(path, "{}"))
          .andExpect(status().isNotFound())
          .andExpect(header().string("Content-Type", "application/problem+json"))
          .andExpect(jsonPath("$.reason").value("NOT_FOUND"));
    }
  }

  @Test
  void eachRequestIsTimedUnderItsEndpointsPattern() throws Exception {
    String person = TestLegacy.issuableAdults().get(12);
    String id = newRequestId();
    long before = requests("/jlis/v1/certificates/{requestId}/result");

    mvc.perform(json("/jlis/v1/menu", Requests.menu(newRequestId(), person)))
        .andExpect(status().isOk());
    mvc.perform(json("/jlis/v1/certificates/" + id + "/result", Requests.result("PRINTED")))
        .andExpect(status().isNotFound());

    assertThat(requests("/jlis/v1/menu")).isPositive();
    assertThat(requests("/jlis/v1/certificates/{requestId}/result")).isEqualTo(before + 1);
    assertThat(meters.find("http.server.requests").tag("uri", "UNKNOWN").timer()).isNull();
  }

  private static RequestBuilder json(String path, String body) {
    return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private long requests(String uri) {
    return meters.find("http.server.requests").tag("uri", uri).timers().stream()
        .mapToLong(Timer::count)
        .sum();
  }

  private static void methodNotAllowed(ResultActions answer, String allowed) throws Exception {
    answer
        .andExpect(status().isMethodNotAllowed())
        .andExpect(header().string("Allow", allowed))
        .andExpect(jsonPath("$.reason").value("METHOD_NOT_ALLOWED"));
  }
}
