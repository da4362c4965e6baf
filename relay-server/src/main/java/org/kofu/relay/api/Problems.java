package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.problem.RelayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Every error as the wire format's problem answer, echoing the request id read so far: the relay's
 * own (a request refused while it was read is logged as a rejected issuance) and unexpected ones.
 */
@Component
class Problems {

  private static final Logger log = LoggerFactory.getLogger(Problems.class);

  private final WireFormat wire;
  private final IssuanceLog issuanceLog;
  private final Clock clock;

  Problems(WireFormat wire, IssuanceLog issuanceLog, Clock clock) {
    this.wire = wire;
    this.issuanceLog = issuanceLog;
    this.clock = clock;
  }

  /** A method the path does not answer: the contract's paths and Spring MVC's alike. */
  static RelayException methodNotAllowed() {
    return RelayException.of(405, "METHOD_NOT_ALLOWED", "method not allowed here");
  }

  /** A body of another type than the wire format reads. */
  static RelayException unsupportedMediaType(MediaType readable) {
    return RelayException.of(415, "UNSUPPORTED_MEDIA_TYPE", "the body must be " + readable);
  }

  ResponseEntity<byte[]> of(
      RelayException e, HttpServletRequest request, HttpServletResponse response) {
    if (e.status() == 400 || e.status() == 413) {
      logRejected(request, requestId(response), e);
    }
    return of(e, response);
  }

  /** A problem that no feature saw, so none is logged as an issuance. */
  ResponseEntity<byte[]> of(RelayException e, HttpServletResponse response) {
    return wire.problemAnswer(e, requestId(response));
  }

  ResponseEntity<byte[]> unexpected(Exception e, HttpServletResponse response) {
    // the exception's messages may quote data: its types and frames, and the request id
    log.error(
        "unexpected {} for request {}: {}",
        e.getClass().getName(),
        requestId(response),
        StackFrames.of(e));
    return of(RelayException.of(500, "INTERNAL_ERROR", "internal error"), response);
  }

  private static String requestId(HttpServletResponse response) {
    String id = response == null ? null : response.getHeader(RequestIds.HEADER);
    return id == null || id.isEmpty() ? null : id;
  }

  /** Requests refused while being read never reach a feature, so they are logged here. */
  private void logRejected(HttpServletRequest request, String requestId, RelayException e) {
    try {
      issuanceLog.appendRejected(
          kind(request.getRequestURI()), requestId, e.status(), e.reason(), clock.instant());
    } catch (RuntimeException failure) {
      log.error("issuance log append failed: {}", failure.getClass().getSimpleName());
    }
  }

  private static String kind(String uri) {
    if (uri.endsWith("/result")) {
      return "RESULT";
    }
    if (uri.endsWith("/menu")) {
      return "MENU";
    }
    return uri.endsWith("/registrations") ? "REGISTRATION" : "CERTIFICATE";
  }
}
