package org.kofu.admin.account;

import java.time.Instant;

/** One line of the password ledger (clause 8(2)). */
public record CredentialEvent(Instant occurredAt, String actor, String subject, Kind kind) {

  /** What happened to the credential. */
  public enum Kind {
    ISSUED,
    CHANGED,
    RESET,
    LOCKED,
    UNLOCKED,
    DISABLED,
    ENABLED,
    DELETED
  }
}
