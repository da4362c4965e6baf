package org.kofu.relay.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kofu.relay.problem.RelayException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** application/problem+json (RFC 9457) bodies of the contract. */
final class Problems {

  static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

  private Problems() {}

  static ResponseEntity<Map<String, Object>> of(RelayException e, HttpServletResponse response) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "https://kofu.invalid/problems/" + e.reason().toLowerCase().replace('_', '-'));
    body.put("title", title(e.status()));
    body.put("status", e.status());
    body.put("detail", e.getMessage());
    body.put("reason", e.reason());
    if (e.refusalCause() != null) {
      body.put("cause", e.refusalCause());
    }
    String requestId = response.getHeader(RequestIds.HEADER);
    body.put("requestId", requestId == null || requestId.isEmpty() ? null : requestId);
    if (!e.errors().isEmpty()) {
      List<Map<String, String>> errors =
          e.errors().stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList();
      body.put("errors", errors);
    }
    var builder = ResponseEntity.status(e.status()).contentType(PROBLEM);
    if (e.retryAfter() != null) {
      builder.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
    }
    return builder.body(body);
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Invalid request";
      case 403 -> "Wrong municipality";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 409 -> "Conflict";
      case 413 -> "Payload too large";
      case 415 -> "Unsupported media type";
      case 422 -> "Not issuable";
      case 503 -> "Service unavailable";
      default -> "Error";
    };
  }
}
