package org.kofu.conformance;

/**
 * One scenario's verdict, printed as one line: PASS, FAIL or SKIP, the scenario's name, and a short
 * reason (counts and request ids only: never a name, an address or a 住民票コード).
 */
public record Outcome(Status status, String name, String reason) {

  /** A scenario's verdict. */
  public enum Status {
    PASS,
    FAIL,
    SKIP
  }

  public static Outcome pass(String name, String reason) {
    return new Outcome(Status.PASS, name, reason);
  }

  public static Outcome fail(String name, String reason) {
    return new Outcome(Status.FAIL, name, reason);
  }

  public static Outcome skip(String name, String reason) {
    return new Outcome(Status.SKIP, name, reason);
  }

  /** {@code PASS name: reason}. */
  public String line() {
    return status + " " + name + ": " + reason;
  }
}
