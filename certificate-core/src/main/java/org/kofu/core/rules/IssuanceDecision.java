package org.kofu.core.rules;

import java.util.Objects;

/** The outcome of the issuance rules for one request. */
public sealed interface IssuanceDecision {

  IssuanceDecision ISSUABLE = new Issuable();

  static IssuanceDecision refuse(RefusalCause cause) {
    return new Refused(cause);
  }

  default boolean issuable() {
    return this instanceof Issuable;
  }

  /** Every rule holds. */
  record Issuable() implements IssuanceDecision {}

  /** A rule does not hold; {@code cause} says which. */
  record Refused(RefusalCause cause) implements IssuanceDecision {
    public Refused {
      Objects.requireNonNull(cause, "cause");
    }
  }
}
