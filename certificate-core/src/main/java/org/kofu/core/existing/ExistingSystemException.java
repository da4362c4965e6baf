package org.kofu.core.existing;

/**
 * The existing system gave no usable answer. Its message names the kind and an HTTP status at most,
 * never anything the existing system sent.
 */
public final class ExistingSystemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How the call ended. */
  public enum Outcome {
    /**
     * 422: the existing system refuses this certificate, with a relay-contract {@link #cause()}.
     */
    REFUSED,
    /** 5xx, another status, an unreadable answer or a connection failure. */
    FAILED,
    /** The caller's deadline or the read timeout passed first. */
    TIMED_OUT
  }

  private final Outcome outcome;
  private final String cause;

  public ExistingSystemException(Outcome outcome, String cause, String message) {
    super(message);
    this.outcome = outcome;
    this.cause = cause;
  }

  public Outcome outcome() {
    return outcome;
  }

  /** The relay contract's cause (e.g. {@code NO_SEAL_REGISTRATION}) of a refusal, else null. */
  public String cause() {
    return cause;
  }
}
