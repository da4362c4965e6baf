package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletResponse;
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
 * Spring MVC's errors outside the contract's endpoints (404, 405, 415, through {@link
 * ResponseEntityExceptionHandler}, and unexpected ones) as the wire format's problem answers.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  private final Problems problems;
  private final WireFormat wire;

  ProblemAdvice(Problems problems, WireFormat wire) {
    this.problems = problems;
    this.wire = wire;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<byte[]> unexpected(Exception e, HttpServletResponse response) {
    return problems.unexpected(e, response);
  }

  /** Spring MVC's own errors, in the contract's words. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    RelayException problem =
        switch (status.value()) {
          case 404 -> RelayException.of(404, "NOT_FOUND", "no such endpoint");
          case 405 -> Problems.methodNotAllowed();
          case 406, 415 -> Problems.unsupportedMediaType(wire.requestType());
          default -> {
            log.error("unexpected {}: {}", e.getClass().getName(), StackFrames.of(e));
            yield RelayException.of(500, "INTERNAL_ERROR", "internal error");
          }
        };
    var response = ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class);
    ResponseEntity<byte[]> answer = problems.of(problem, response);
    return new ResponseEntity<>(answer.getBody(), answer.getHeaders(), answer.getStatusCode());
  }
}
