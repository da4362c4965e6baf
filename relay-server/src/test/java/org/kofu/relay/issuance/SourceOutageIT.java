package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The existing systems stopped: 503 with Retry-After, no body, except the stored answer to a
 * repeat; started again: issuing resumes.
 */
class SourceOutageIT extends RelayTests {

  private MockHttpServletResponse issue(String person) throws Exception {
    return issueCertificate(Requests.certificate(newRequestId(), person, "JUMINHYO"));
  }

  @Test
  void aStoppedSourceGives503AndIssuingResumesWithoutRestart() throws Exception {
    String person = TestLegacy.issuableAdults().get(13);
    assertThat(issue(person).getStatus()).isEqualTo(200);
    String issuedBefore = Requests.certificate(newRequestId(), person, "JUMINHYO");
    MockHttpServletResponse first = issueCertificate(issuedBefore);
    assertThat(first.getStatus()).isEqualTo(200);

    TestLegacy.stop();
    try {
      MockHttpServletResponse refused = issue(person);
      assertThat(refused.getStatus()).isEqualTo(503);
      assertThat(refused.getContentType()).isEqualTo("application/problem+json");
      assertThat(refused.getContentAsString()).contains("SOURCE_UNAVAILABLE");
      assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
      assertThat(mvc.perform(get("/jlis/v1/health")).andReturn().getResponse().getStatus())
          .isEqualTo(503);
      MockHttpServletResponse repeat = issueCertificate(issuedBefore);
      assertThat(repeat.getStatus()).isEqualTo(200);
      assertThat(repeat.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
    } finally {
      TestLegacy.restart();
    }

    // the pool drops the connections the stop broke when it validates them on borrow (idle over
    // 500 ms; H2's "connection broken" state is not one Hikari evicts on by itself): no restart
    MockHttpServletResponse recovered =
        await("200 again without a restart")
            .atMost(Duration.ofSeconds(15))
            .pollInterval(Duration.ofMillis(700))
            .until(
                () -> issue(person),
                answer -> {
                  assertThat(answer.getStatus()).isIn(200, 503);
                  return answer.getStatus() == 200;
                });
    assertThat(recovered.getHeader("X-Source")).isEqualTo("CACHE");
    assertThat(mvc.perform(get("/jlis/v1/health")).andReturn().getResponse().getStatus())
        .isEqualTo(200);
  }
}
