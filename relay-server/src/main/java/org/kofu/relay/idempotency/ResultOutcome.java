package org.kofu.relay.idempotency;

/** What recording a result notification did. */
public enum ResultOutcome {
  RECORDED,
  SAME_AS_RECORDED,
  CONFLICT,
  UNKNOWN_REQUEST
}
