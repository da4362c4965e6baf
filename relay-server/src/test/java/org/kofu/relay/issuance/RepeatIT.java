package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A repeat of an issued request gets the stored answer whatever the rules, the service hours or the
 * existing systems would say now; the relay looks for it only when the new attempt is refused or
 * when it stores the issuance (the request id is unique there), not before every request.
 */
class RepeatIT extends RelayTests {

  @Autowired private JdbcTemplate projectDb;
  @Autowired private IssuanceLog issuanceLog;

  private void assertSameAnswer(MockHttpServletResponse repeat, MockHttpServletResponse first)
      throws Exception {
    assertThat(repeat.getStatus()).isEqualTo(200);
    assertThat(repeat.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
    assertThat(repeat.getHeader("X-Certificate-Number"))
        .isEqualTo(first.getHeader("X-Certificate-Number"));
  }

  private List<String> decisionsLogged(String requestId) {
    issuanceLog.chainPending();
    return projectDb.queryForList(
        "SELECT decision FROM issuance_log WHERE request_id = ? ORDER BY seq",
        String.class,
        requestId);
  }

  @Test
  void aRepeatAfterARestrictionWasSetGetsTheStoredCertificateAndANewRequestIsRefused()
      throws Exception {
    String person = TestLegacy.issuableAdults().get(19);
    String requestId = newRequestId();
    String body = Requests.certificate(requestId, person, "JUMINHYO");
    MockHttpServletResponse first = issueCertificate(body);
    assertThat(first.getStatus()).isEqualTo(200);

    TestLegacy.restrict(TestLegacy.atenaNo(person));

    assertSameAnswer(issueCertificate(body), first);
    assertThat(decisionsLogged(requestId)).containsExactly("ISSUED");
    MockHttpServletResponse fresh =
        issueCertificate(Requests.certificate(newRequestId(), person, "JUMINHYO"));
    assertThat(fresh.getStatus()).isEqualTo(422);
    assertThat(fresh.getContentAsString()).contains("ISSUANCE_RESTRICTED");
  }

  @Test
  void aRepeatOutsideServiceHoursGetsTheStoredCertificate() throws Exception {
    String person = TestLegacy.issuableAdults().get(20);
    String requestId = newRequestId();
    String body = Requests.certificate(requestId, person, "INKAN");
    MockHttpServletResponse first = issueCertificate(body);
    assertThat(first.getStatus()).isEqualTo(200);

    clock.set(Instant.parse("2026-11-25T14:30:00Z")); // 23:30 in Tokyo

    assertSameAnswer(issueCertificate(body), first);
    assertThat(issueCertificate(Requests.certificate(newRequestId(), person, "INKAN")).getStatus())
        .isEqualTo(503);
    assertThat(decisionsLogged(requestId)).containsExactly("ISSUED");
  }

  @Test
  void aRequestIdReusedForAnotherCertificateIsAConflictEvenWhereTheRulesWouldRefuseIt()
      throws Exception {
    String person = TestLegacy.issuableAdults().get(21);
    String requestId = newRequestId();
    assertThat(issueCertificate(Requests.certificate(requestId, person, "JUMINHYO")).getStatus())
        .isEqualTo(200);

    TestLegacy.restrict(TestLegacy.atenaNo(person));
    MockHttpServletResponse other =
        issueCertificate(Requests.certificate(requestId, person, "SHOTOKU_KAZEI"));

    assertThat(other.getStatus()).isEqualTo(409);
    assertThat(other.getContentAsString()).contains("REQUEST_ID_CONFLICT");
    assertThat(decisionsLogged(requestId)).containsExactly("ISSUED", "REFUSED");
  }

  @Test
  void aRefusedRequestRepeatedIsDecidedAgainAndIssuedOnceTheRuleNoLongerHolds() throws Exception {
    String person = TestLegacy.issuableAdults().get(22);
    String requestId = newRequestId();
    String body = Requests.certificate(requestId, person, "JUMINHYO");
    clock.set(Instant.parse("2026-11-25T14:30:00Z")); // 23:30 in Tokyo
    assertThat(issueCertificate(body).getStatus()).isEqualTo(503);

    clock.set(now());
    MockHttpServletResponse issued = issueCertificate(body);

    assertThat(issued.getStatus()).isEqualTo(200);
    assertSameAnswer(issueCertificate(body), issued);
    assertThat(decisionsLogged(requestId)).containsExactly("ERROR", "ISSUED");
  }
}
