package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.kofu.relay.problem.RelayException;

/** Reads a request body up to the contract's 64 KiB; more is a 413 before any parsing. */
final class RequestBodies {

  static final int LIMIT = 64 * 1024;

  private RequestBodies() {}

  static byte[] read(HttpServletRequest request) {
    if (request.getContentLengthLong() > LIMIT) {
      throw tooLarge();
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(LIMIT + 1);
      if (body.length > LIMIT) {
        throw tooLarge();
      }
      return body;
    } catch (IOException e) {
      throw RelayException.of(400, "INVALID_REQUEST", "the body could not be read");
    }
  }

  private static RelayException tooLarge() {
    return RelayException.of(413, "PAYLOAD_TOO_LARGE", "the body is larger than 64 KiB");
  }
}
