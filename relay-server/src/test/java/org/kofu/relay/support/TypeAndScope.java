package org.kofu.relay.support;

import java.util.List;

/**
 * A certificate type of the contract with one of its scopes (null: the type has no scope).
 *
 * @param type the {@code certificateType}
 * @param scope {@code SELF}, {@code HOUSEHOLD}, {@code ALL} or null
 */
public record TypeAndScope(String type, String scope) {

  /** Every type and scope of the contract (v1.1), which the relay issues. */
  public static final List<TypeAndScope> EVERY =
      List.of(
          new TypeAndScope("JUMINHYO", "SELF"),
          new TypeAndScope("JUMINHYO", "HOUSEHOLD"),
          new TypeAndScope("JUMINHYO_KISAI", "SELF"),
          new TypeAndScope("JUMINHYO_KISAI", "HOUSEHOLD"),
          new TypeAndScope("INKAN", null),
          new TypeAndScope("KOSEKI_ZENBU", null),
          new TypeAndScope("KOSEKI_KOJIN", null),
          new TypeAndScope("KOSEKI_FUHYO", "SELF"),
          new TypeAndScope("KOSEKI_FUHYO", "ALL"),
          new TypeAndScope("SHOTOKU_KAZEI", null),
          new TypeAndScope("SHOTOKU", null),
          new TypeAndScope("KAZEI", null));

  /** The request's {@code options}: the scope only, the other options at their defaults. */
  public String options() {
    return scope == null ? "{}" : "{\"scope\":\"" + scope + "\"}";
  }

  @Override
  public String toString() {
    return scope == null ? type : type + " " + scope;
  }
}
