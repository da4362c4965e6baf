package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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

  @ExceptionHandler(RelayException.class)
  ResponseEntity<Map<String, Object>> relay(RelayException e, HttpServletResponse response) {
    return Problems.of(e, response);
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
    // the exception's message may quote data; its type and the request id are enough to trace it
    log.error(
        "unexpected {} for request {}",
        e.getClass().getName(),
        response.getHeader(RequestIds.HEADER));
    return Problems.of(RelayException.of(500, "INTERNAL_ERROR", "internal error"), response);
  }
}
