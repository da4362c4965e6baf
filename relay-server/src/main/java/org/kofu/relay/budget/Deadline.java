package org.kofu.relay.budget;

import java.time.Duration;

/**
 * The deadline of the request the current thread works for, set by {@link RequestBudget}; none
 * outside a request (jobs, tests calling services directly).
 */
public final class Deadline {

  // a thread-local, not a request-scoped bean: the work runs on a worker thread, outside the
  // servlet request that a request scope is bound to
  private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

  private Deadline() {}

  static void set(long deadlineNanos, Duration retryAfter) {
    CURRENT.set(new long[] {deadlineNanos, retryAfter.toMillis()});
  }

  static void clear() {
    CURRENT.remove();
  }

  /** The time left, or {@code fallback} outside a request; never negative. */
  public static Duration remainingOr(Duration fallback) {
    long[] deadline = CURRENT.get();
    if (deadline == null) {
      return fallback;
    }
    long left = deadline[0] - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(Math.min(left, fallback.toNanos()));
  }

  /**
   * Throws 503 when the request's answer has already gone out as a 503: what would follow (a
   * certificate number, the stored issuance) must not happen for an answer nobody receives.
   */
  public static void requireTimeLeft() {
    long[] deadline = CURRENT.get();
    if (deadline != null && System.nanoTime() - deadline[0] >= 0) {
      throw RequestBudget.spent(Duration.ofMillis(deadline[1]));
    }
  }
}
