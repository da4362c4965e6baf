package org.kofu.relay.kiosk.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** The checker of the load driver finds another person's body and a body older than its data. */
class BodyVerifierTests extends RelayTests {

  private static final MixEntry JUMINHYO = new MixEntry("JUMINHYO", "{}", 1, true);
  private static final MixEntry KOSEKI = new MixEntry("KOSEKI_ZENBU", "{}", 1, true);

  private MockHttpServletResponse issue(String person, String type) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/jlis/v1/certificates")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Requests.certificate(newRequestId(), person, type)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response;
  }

  private static Verdict check(MockHttpServletResponse response, MixEntry entry, PersonSnapshot p)
      throws Exception {
    return BodyVerifier.check(
        response.getContentAsByteArray(),
        response.getHeader("X-Certificate-Number"),
        entry,
        p,
        () -> p);
  }

  @Test
  void theRightPersonsCurrentBodyPassesAndAnotherPersonsIsWrong() throws Exception {
    PersonSnapshots snapshots = new PersonSnapshots(TestLegacy.dataSource());
    String a = TestLegacy.issuableAdults().get(30);
    String b = TestLegacy.issuableAdults().get(31);
    MockHttpServletResponse ofA = issue(a, "JUMINHYO");
    MockHttpServletResponse kosekiOfA = issue(a, "KOSEKI_ZENBU");

    assertThat(check(ofA, JUMINHYO, snapshots.read(a))).isEqualTo(Verdict.RIGHT);
    assertThat(check(kosekiOfA, KOSEKI, snapshots.read(a))).isEqualTo(Verdict.RIGHT);
    assertThat(check(ofA, JUMINHYO, snapshots.read(b))).isEqualTo(Verdict.WRONG_PERSON);
    assertThat(
            BodyVerifier.check(
                ofA.getContentAsByteArray(),
                "012025-261125-999999",
                JUMINHYO,
                snapshots.read(a),
                () -> null))
        .isEqualTo(Verdict.WRONG_PERSON);
  }

  @Test
  void aBodyOlderThanTheDataReadBeforeTheRequestIsStale() throws Exception {
    PersonSnapshots snapshots = new PersonSnapshots(TestLegacy.dataSource());
    String person = TestLegacy.issuableAdults().get(32);
    MockHttpServletResponse old = issue(person, "JUMINHYO");

    TestLegacy.jdbc()
        .update(
            "UPDATE madoguchi.jumin SET katagaki = ? WHERE juminhyo_code = ?",
            LoadChanges.MARKER + 5,
            person);
    PersonSnapshot changed = snapshots.read(person);

    assertThat(check(old, JUMINHYO, changed)).isEqualTo(Verdict.STALE);
    assertThat(check(issue(person, "JUMINHYO"), JUMINHYO, changed)).isEqualTo(Verdict.RIGHT);
  }
}
