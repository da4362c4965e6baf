package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.problem.RelayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as the wire format's problem answer: the relay's own, Spring MVC's (404, 405, 415,
 * through {@link ResponseEntityExceptionHandler}) and unexpected ones.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  private final WireFormat wire;
  private final IssuanceLog issuanceLog;
  private final Clock clock;

  ProblemAdvice(WireFormat wire, IssuanceLog issuanceLog, Clock clock) {
    this.wire = wire;
    this.issuanceLog = issuanceLog;
    this.clock = clock;
  }

  @ExceptionHandler(RelayException.class)
  ResponseEntity<?> relay(
      RelayException e, HttpServletRequest request, HttpServletResponse response) {
    if (e.status() == 400 || e.status() == 413) {
      logRejected(request, requestId(response), e);
    }
    return wire.problemAnswer(e, requestId(response));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<?> unexpected(Exception e, HttpServletResponse response) {
    // the exception's messages may quote data: its types and frames, and the request id
    log.error(
        "unexpected {} for request {}: {}",
        e.getClass().getName(),
        requestId(response),
        StackFrames.of(e));
    return wire.problemAnswer(
        RelayException.of(500, "INTERNAL_ERROR", "internal error"), requestId(response));
  }

  /** Spring MVC's own errors, in the contract's words. */
  @Override
  @SuppressWarnings("unchecked")
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    RelayException problem =
        switch (status.value()) {
          case 404 -> RelayException.of(404, "NOT_FOUND", "no such endpoint");
          case 405 -> RelayException.of(405, "METHOD_NOT_ALLOWED", "method not allowed here");
          case 406, 415 ->
              RelayException.of(
                  415, "UNSUPPORTED_MEDIA_TYPE", "the body must be " + wire.requestType());
          default -> {
            log.error("unexpected {}: {}", e.getClass().getName(), StackFrames.of(e));
            yield RelayException.of(500, "INTERNAL_ERROR", "internal error");
          }
        };
    var response = ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class);
    return (ResponseEntity<Object>) wire.problemAnswer(problem, requestId(response));
  }

  private static String requestId(HttpServletResponse response) {
    String id = response == null ? null : response.getHeader(RequestIds.HEADER);
    return id == null || id.isEmpty() ? null : id;
  }

  /** Requests refused while parsing never reach a feature, so they are logged here. */
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
