package org.kofu.kiosk.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request the relay must refuse: its right answer is 422 NOT_ISSUABLE with {@code cause}, and a
 * certificate for it counts as wrong.
 *
 * @param juminhyoCode who asks
 * @param entry what is asked for
 * @param cause the contract's refusal cause, e.g. ISSUANCE_RESTRICTED
 * @param kind why, for the report (no personal data)
 */
public record RefusalCase(String juminhyoCode, MixEntry entry, String cause, String kind) {

  private static final Pattern CAUSE = Pattern.compile("\"cause\"\\s*:\\s*\"([A-Z_]+)\"");

  /**
   * Counts the relay's answer: the expected refusal is right; a certificate is issued and wrong
   * (never checked or notified as printed); a deliberate 503 or any other answer as for any
   * request.
   */
  void judge(
      KioskHttp.Reply response,
      int relay,
      long nanos,
      String requestId,
      String what,
      LoadReport report) {
    String reason = LoadDriver.reason(response);
    Matcher refused = CAUSE.matcher(response.text());
    if (response.status() == 200) {
      report.issued(
          requestId,
          entry.type(),
          response.header("X-Source").orElse("?"),
          relay,
          nanos,
          Verdict.WRONG_PERSON,
          what + " issued");
    } else if (response.status() == 422
        && "NOT_ISSUABLE".equals(reason)
        && refused.find()
        && cause.equals(refused.group(1))) {
      report.refusal();
    } else if (response.status() == 503 && LoadDriver.DELIBERATE_503.contains(reason)) {
      report.deliberate503();
    } else {
      report.unexpected(response.status() + " " + reason + " " + entry);
    }
  }
}
