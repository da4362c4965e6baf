package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.kofu.relay.budget.RequestBudget;
import org.kofu.relay.canary.CanaryStatus;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.service.IssuanceHealth;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** {@code GET /jlis/v1/health}: 200 when the relay can reach everything it issues from. */
@Component
class RelayHealth {

  private static final Duration RETRY = Duration.ofSeconds(10);

  private final IssuanceHealth health;
  private final RequestBudget budget;
  private final WireFormat wire;
  private final CanaryStatus canary;

  RelayHealth(IssuanceHealth health, RequestBudget budget, WireFormat wire, CanaryStatus canary) {
    this.canary = canary;
    this.health = health;
    this.budget = budget;
    this.wire = wire;
  }

  ResponseEntity<byte[]> answer(HttpServletRequest request, HttpServletResponse response) {
    if (!budget.within(health::canIssue)) {
      throw RelayException.unavailable(
          "SOURCE_UNAVAILABLE", "a database the relay issues from does not answer", RETRY);
    }
    if (canary.outOfService()) {
      throw RelayException.unavailable(
          "SOURCE_UNAVAILABLE", "this node's canary has not passed (see its readiness)", RETRY);
    }
    return wire.healthAnswer();
  }
}
