package org.kofu.kiosk.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.kofu.core.readback.PersonSnapshot;

/**
 * A certificate as the kiosk received it, with the person as read before sending and right after
 * the answer (null when that read failed), and the report it counts in. The body is kept off the
 * heap until it is checked, after the run.
 */
record Answered(
    String requestId,
    ByteBuffer body,
    String number,
    String source,
    int relay,
    long nanos,
    MixEntry entry,
    PersonSnapshot before,
    PersonSnapshot after,
    String what,
    LoadReport report) {

  static ByteBuffer offHeap(byte[] bytes) {
    return ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
  }

  byte[] pdf() {
    byte[] pdf = new byte[body.remaining()];
    body.duplicate().get(pdf);
    return pdf;
  }

  /** Checks the body and counts it in its report. */
  void check() {
    Verdict verdict;
    try {
      verdict = BodyVerifier.check(pdf(), number, entry, before, this::after);
    } catch (IOException e) {
      verdict = Verdict.WRONG_PERSON;
    }
    report.issued(requestId, entry.type(), source, relay, nanos, verdict, what + " " + source);
  }
}
