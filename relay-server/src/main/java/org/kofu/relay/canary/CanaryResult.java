package org.kofu.relay.canary;

import java.time.Instant;

/**
 * What the last canary found.
 *
 * @param check the failing check ({@code persons}, {@code numbering}, {@code issuance}, {@code
 *     subject}, {@code date}, {@code number}, {@code freshness}, {@code service-hours}), or null
 * @param detail what it found, without personal data (types, statuses, numbers)
 */
public record CanaryResult(State state, String check, String detail, Instant at) {

  /** Where the canary stands. */
  public enum State {
    /** Not run yet or running: not ready. */
    RUNNING,
    /** Every type issued and read back right. */
    PASSED,
    /** A check failed: the node stays out of service until a canary passes. */
    FAILED,
    /** The service is closed (hours, maintenance): runs again later, not ready meanwhile. */
    WAITING,
    /** {@code kofu.relay.canary.mode=OFF}. */
    OPTED_OUT
  }

  static CanaryResult failed(String check, String detail, Instant at) {
    return new CanaryResult(State.FAILED, check, detail, at);
  }

  boolean ready() {
    return state == State.PASSED || state == State.OPTED_OUT;
  }
}
