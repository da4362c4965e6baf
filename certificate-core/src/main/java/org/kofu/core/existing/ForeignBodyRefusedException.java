package org.kofu.core.existing;

/** {@link ForeignBodyCheck} refused a foreign PDF; the message is the kind, nothing of the PDF. */
public final class ForeignBodyRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  public ForeignBodyRefusedException(Refusal refusal) {
    super("foreign body refused: " + refusal);
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }
}
