package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.problem.RelayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error as problem+json, Spring's own (404, 405, 415) and unexpected ones included. */
@RestControllerAdvice
class ProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  private final IssuanceLog issuanceLog;
  private final Clock clock;

  ProblemAdvice(IssuanceLog issuanceLog, Clock clock) {
    this.issuanceLog = issuanceLog;
    this.clock = clock;
  }

  @ExceptionHandler(RelayException.class)
  ResponseEntity<Map<String, Object>> relay(
      RelayException e, HttpServletRequest request, HttpServletResponse response) {
    if (e.status() == 400 || e.status() == 413) {
      logRejected(request, response, e);
    }
    return Problems.of(e, response);
  }

  /** Requests refused while parsing never reach a feature, so they are logged here. */
  private void logRejected(
      HttpServletRequest request, HttpServletResponse response, RelayException e) {
    String requestId = response.getHeader(RequestIds.HEADER);
    try {
      issuanceLog.appendRejected(
          kind(request.getRequestURI()),
          requestId == null || requestId.isEmpty() ? null : requestId,
          e.status(),
          e.reason(),
          clock.instant());
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

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  ResponseEntity<Map<String, Object>> notFound(Exception e, HttpServletResponse response) {
    return Problems.of(RelayException.of(404, "NOT_FOUND", "no such endpoint"), response);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> method(Exception e, HttpServletResponse response) {
    return Problems.of(
        RelayException.of(405, "METHOD_NOT_ALLOWED", "method not allowed here"), response);
  }

  @ExceptionHandler({
    HttpMediaTypeNotSupportedException.class,
    HttpMediaTypeNotAcceptableException.class
  })
  ResponseEntity<Map<String, Object>> mediaType(Exception e, HttpServletResponse response) {
    return Problems.of(
        RelayException.of(415, "UNSUPPORTED_MEDIA_TYPE", "the body must be application/json"),
        response);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletResponse response) {
    // the exception's messages may quote data: its types and frames, and the request id
    log.error(
        "unexpected {} for request {}: {}",
        e.getClass().getName(),
        response.getHeader(RequestIds.HEADER),
        StackFrames.of(e));
    return Problems.of(RelayException.of(500, "INTERNAL_ERROR", "internal error"), response);
  }
}
