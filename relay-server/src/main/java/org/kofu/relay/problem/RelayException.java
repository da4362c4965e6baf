package org.kofu.relay.problem;

import java.time.Duration;
import java.util.List;

/**
 * A request the relay answers with an error: its status, the contract's {@code reason}, and a
 * detail that never holds personal data.
 */
public final class RelayException extends RuntimeException {

  private final int status;
  private final String reason;
  private final String cause;
  private final Duration retryAfter;
  private final List<FieldProblem> errors;

  public RelayException(
      int status,
      String reason,
      String detail,
      String cause,
      Duration retryAfter,
      List<FieldProblem> errors) {
    super(detail);
    this.status = status;
    this.reason = reason;
    this.cause = cause;
    this.retryAfter = retryAfter;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static RelayException of(int status, String reason, String detail) {
    return new RelayException(status, reason, detail, null, null, null);
  }

  public static RelayException invalid(List<FieldProblem> errors) {
    return new RelayException(
        400, "INVALID_REQUEST", "the request is not well-formed", null, null, errors);
  }

  public static RelayException unavailable(String reason, String detail, Duration retryAfter) {
    return new RelayException(503, reason, detail, null, retryAfter, null);
  }

  public static RelayException notIssuable(String cause) {
    return new RelayException(
        422, "NOT_ISSUABLE", "the certificate cannot be issued", cause, null, null);
  }

  public int status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  /** The refusal cause of a 422, else null. */
  public String refusalCause() {
    return cause;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  public List<FieldProblem> errors() {
    return errors;
  }

  /** One ill-formed field: its JSON path and what is wrong, without its value. */
  public record FieldProblem(String field, String message) {}
}
