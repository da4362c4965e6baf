package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.kofu.relay.problem.RelayException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestHandler;

/**
 * One path of the contract: the methods it answers (any other is a 405), its answer, and every
 * error turned into a problem answer here, since no Spring MVC exception handling runs around it.
 */
final class Endpoint implements HttpRequestHandler {

  /** The endpoint's answer to a request in one of its methods. */
  interface Answering {
    ResponseEntity<byte[]> answer(HttpServletRequest request, HttpServletResponse response);
  }

  private final List<String> methods;
  private final String allow;
  private final Answering answering;
  private final Problems problems;

  Endpoint(List<String> methods, Answering answering, Problems problems) {
    this.methods = List.copyOf(methods);
    this.allow = String.join(", ", methods);
    this.answering = answering;
    this.problems = problems;
  }

  @Override
  public void handleRequest(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if ("OPTIONS".equals(request.getMethod())) {
      response.setHeader(HttpHeaders.ALLOW, allow);
      return;
    }
    write(answer(request, response), response);
  }

  private ResponseEntity<byte[]> answer(HttpServletRequest request, HttpServletResponse response) {
    try {
      if (!methods.contains(request.getMethod())) {
        response.setHeader(HttpHeaders.ALLOW, allow);
        throw Problems.methodNotAllowed();
      }
      return answering.answer(request, response);
    } catch (RelayException e) {
      return problems.of(e, request, response);
    } catch (RuntimeException e) {
      return problems.unexpected(e, response);
    }
  }

  private static void write(ResponseEntity<byte[]> answer, HttpServletResponse response)
      throws IOException {
    response.setStatus(answer.getStatusCode().value());
    answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    byte[] body = answer.getBody();
    if (body != null) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }
}
