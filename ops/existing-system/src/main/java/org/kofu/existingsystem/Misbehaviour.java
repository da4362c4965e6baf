package org.kofu.existingsystem;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** How the stand-in answers now: well, or in one of the ways the project must refuse. */
@Component
public class Misbehaviour {

  /** The ways. */
  public enum Mode {
    NONE,
    /** Waits {@code kofu.stand-in.slowness} before answering. */
    SLOW,
    /** Answers 500. */
    ERROR,
    /** Answers 200 {@code application/pdf} with bytes that are no PDF. */
    GARBAGE,
    /** Answers the body of another resident. */
    OTHER_SUBJECT,
    /** Answers versions one below the rows'. */
    STALE
  }

  private volatile Mode mode;
  private final Duration slowness;

  Misbehaviour(StandInProperties properties) {
    this.mode = properties.misbehaviour();
    this.slowness = properties.slowness();
  }

  public Mode mode() {
    return mode;
  }

  /** For tests: how the next answers go. */
  public void set(Mode mode) {
    this.mode = mode;
  }

  Duration slowness() {
    return slowness;
  }
}
