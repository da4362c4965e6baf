package org.kofu.admin.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Only an officer asks the relays to run their canary again; the request is a row the relays poll
 * and a record of the audit chain, written together. Same properties as AccountsTests (one Spring
 * context, see CoverageExportTests).
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:kofu-admin-accounts;DB_CLOSE_DELAY=-1",
      "kofu.admin.password.history=2",
      "kofu.admin.password.max-failures=2"
    })
class CanaryDemandTests {

  @Autowired CanaryDemand canary;
  @Autowired JdbcTemplate jdbc;
  @Autowired HashChain chain;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  private static void signIn(String login, String role) {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                login, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
  }

  private long requests() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM canary_request", Long.class);
  }

  private long audited(String login) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'CANARY_REQUESTED' AND actor = ?",
        Long.class,
        login);
  }

  @Test
  void anOfficersRequestIsStoredForTheRelaysAndAudited() {
    long before = requests();
    signIn("chief-canary", "OFFICER");

    canary.request();

    assertThat(requests()).isEqualTo(before + 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT requested_by FROM canary_request ORDER BY id DESC LIMIT 1", String.class))
        .isEqualTo("chief-canary");
    assertThat(audited("chief-canary")).isEqualTo(1);
  }

  @Test
  void operatorsAndAuditorsCannotAsk() {
    long before = requests();
    for (String role : List.of("OPERATOR", "AUDITOR")) {
      signIn("clerk-canary", role);
      assertThatThrownBy(() -> canary.request()).isInstanceOf(AccessDeniedException.class);
    }
    assertThat(requests()).isEqualTo(before);
    assertThat(audited("clerk-canary")).isZero();
  }

  @Test
  void theLatestRequestIsPendingUntilARelayRecordsItsVerdictForIt() {
    signIn("chief-latest", "OFFICER");
    verdict("chief-latest", "CANARY_FAILED", "issuance: earlier run", "relay-x");
    canary.request();

    CanaryDemand.Latest pending = canary.latest().orElseThrow();
    assertThat(pending.requestedBy()).isEqualTo("chief-latest");
    assertThat(pending.pending()).isTrue();

    // a run of the relay's own (start-up) is not an answer to the officer's request
    verdict("relay", "CANARY_PASSED", "9 types issued and read back", "relay-y");
    verdict("chief-latest", "CANARY_PASSED", "9 types issued and read back", "relay-x");
    verdict("chief-latest", "CANARY_FAILED", "issuance: JUMINHYO answered 500", "relay-y");

    CanaryDemand.Latest answered = canary.latest().orElseThrow();
    assertThat(answered.pending()).isFalse();
    assertThat(answered.verdicts())
        .extracting(v -> v.relay() + " " + v.passed() + " " + v.detail())
        .containsExactly(
            "relay-x true 9 types issued and read back",
            "relay-y false issuance: JUMINHYO answered 500");
  }

  /** As the relay's CanaryStatus records a verdict: actor who asked, its host as the client. */
  private void verdict(String actor, String action, String detail, String relay) {
    chain.append(
        ChainTable.AUDIT, List.of(Instant.now(), actor, action, detail + " @" + relay, relay));
  }
}
