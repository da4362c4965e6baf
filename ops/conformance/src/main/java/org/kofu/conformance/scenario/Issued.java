package org.kofu.conformance.scenario;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kofu.core.readback.PersonSnapshot;
import org.kofu.kiosk.load.BodyVerifier;
import org.kofu.kiosk.load.KioskHttp;
import org.kofu.kiosk.load.MixEntry;
import org.kofu.kiosk.load.Verdict;

/**
 * A certificate request's answer, judged against the person as the existing systems held them when
 * it was sent: a PDF with the contract's headers, whose body is the request's person, type and
 * options and as fresh as that read ({@link BodyVerifier}).
 *
 * @param requestId the request's id
 * @param entry what was asked for
 * @param before the person read just before sending (after any change the scenario committed)
 * @param reply the server's answer
 */
public record Issued(
    String requestId, MixEntry entry, PersonSnapshot before, KioskHttp.Reply reply) {

  private static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Z_]+)\"");
  private static final Pattern CAUSE = Pattern.compile("\"cause\"\\s*:\\s*\"([A-Z_]+)\"");
  static final List<String> NOT_IN_SERVICE = List.of("OUT_OF_SERVICE_HOURS", "MAINTENANCE");

  /** Thrown when the server answers that it is out of service: the scenario cannot judge. */
  public static final class NotInService extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotInService(String reason) {
      super("the server answers 503 " + reason + ": run the kit in its service hours");
    }
  }

  public String number() {
    return reply.header("X-Certificate-Number").orElse(null);
  }

  public String sha256() {
    return reply.header("X-Content-SHA256").orElse(null);
  }

  /**
   * What is wrong with the answer, or null when it is right: {@code requestId: what}. Throws {@link
   * NotInService} on a deliberate 503 of service hours or maintenance.
   */
  public String problem() throws IOException {
    int status = reply.status();
    if (status != 200) {
      String reason = reason(reply);
      if (status == 503 && NOT_IN_SERVICE.contains(reason)) {
        throw new NotInService(reason);
      }
      return requestId + ": " + status + " " + reason + " for " + entry;
    }
    if (!reply.header("Content-Type").orElse("").startsWith("application/pdf")) {
      return requestId + ": 200 without application/pdf";
    }
    // the body first: whose certificate it is says more than a header that does not match it
    Verdict verdict = BodyVerifier.check(reply.body(), number(), entry, before, () -> null);
    if (verdict != Verdict.RIGHT) {
      return requestId + ": " + verdict + " body for " + entry + " (number " + number() + ")";
    }
    String declared = sha256();
    if (declared == null || !declared.equalsIgnoreCase(sha256Hex(reply.body()))) {
      return requestId + ": X-Content-SHA256 is not the body's";
    }
    if (!requestId.equals(reply.header("X-Request-Id").orElse(null))) {
      return requestId + ": X-Request-Id does not echo the requestId";
    }
    return null;
  }

  /** The problem's {@code reason}, or empty. */
  public static String reason(KioskHttp.Reply reply) {
    Matcher m = REASON.matcher(reply.text());
    return m.find() ? m.group(1) : "";
  }

  /** The problem's {@code cause}, or empty. */
  public static String cause(KioskHttp.Reply reply) {
    Matcher m = CAUSE.matcher(reply.text());
    return m.find() ? m.group(1) : "";
  }

  static String sha256Hex(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
