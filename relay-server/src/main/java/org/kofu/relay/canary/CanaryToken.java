package org.kofu.relay.canary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.kofu.projectdb.canary.CanaryIssuances;
import org.springframework.stereotype.Component;

/**
 * This process's proof that a request is its own canary: a random value made at start that never
 * leaves the process but in the canary's own requests. A request with the canary's kiosk id and
 * without it is refused, so nobody else can mark an issuance as a canary's (and so keep it out of
 * fees and statistics).
 */
@Component
public class CanaryToken {

  /** The header the canary sends the token in. */
  public static final String HEADER = "X-Kofu-Canary";

  private final String value;

  CanaryToken() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.value = HexFormat.of().formatHex(random);
  }

  String value() {
    return value;
  }

  /** Whether a request of {@code kioskId} carrying {@code header} may be served. */
  public boolean admits(String kioskId, String header) {
    if (!CanaryIssuances.KIOSK_ID.equals(kioskId)) {
      return true;
    }
    return header != null
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
  }
}
