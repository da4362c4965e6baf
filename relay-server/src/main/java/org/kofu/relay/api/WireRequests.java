package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.kofu.relay.problem.RelayException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * A request's body for the {@link WireFormat}: of the content type it reads (else 415) and at most
 * the contract's 64 KiB (else 413, before any parsing).
 */
final class WireRequests {

  static final int LIMIT = 64 * 1024;

  private WireRequests() {}

  static byte[] body(HttpServletRequest request, MediaType type) {
    accept(request.getContentType(), type);
    return read(request);
  }

  private static void accept(String contentType, MediaType type) {
    try {
      if (contentType != null && type.includes(MediaType.parseMediaType(contentType))) {
        return;
      }
    } catch (InvalidMediaTypeException e) {
      // answered as any other type the wire format does not read
    }
    throw Problems.unsupportedMediaType(type);
  }

  private static byte[] read(HttpServletRequest request) {
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
