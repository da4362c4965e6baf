package org.kofu.relay.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.List;
import org.kofu.core.certificate.CertificateType;
import org.kofu.relay.idempotency.ResultReport;
import org.kofu.relay.issuance.IssuedCertificate;
import org.kofu.relay.issuance.Menu;
import org.kofu.relay.issuance.MenuQuery;
import org.kofu.relay.person.RegistrationApplication;
import org.kofu.relay.problem.RelayException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * The answers of the JSON contract: JSON bodies, the PDF with its headers, and RFC 9457 problems,
 * each written to bytes here with a mapper of its own, so that no application-wide Jackson setting
 * changes what the center reads.
 */
abstract class JsonAnswers implements WireFormat {

  private static final ObjectMapper WRITER =
      JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

  record MenuAnswer(String requestId, List<Available> available, List<Unavailable> unavailable) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Available(CertificateType certificateType, int feeYen, List<Integer> fiscalYears) {}

  record Unavailable(CertificateType certificateType, String reason) {}

  record RegistrationAnswer(String registrationId, String status) {}

  record HealthAnswer(String status) {}

  @Override
  public ResponseEntity<byte[]> menuAnswer(MenuQuery query, Menu menu) {
    var available =
        menu.available().stream()
            .map(a -> new Available(a.certificateType(), a.feeYen(), a.fiscalYears()))
            .toList();
    var unavailable =
        menu.unavailable().stream()
            .map(u -> new Unavailable(u.certificateType(), u.reason()))
            .toList();
    return json(ResponseEntity.ok(), new MenuAnswer(query.requestId(), available, unavailable));
  }

  @Override
  public ResponseEntity<byte[]> certificateAnswer(IssuedCertificate issued) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("X-Certificate-Number", issued.certificateNumber())
        .header("X-Fee-Yen", Integer.toString(issued.feeYen()))
        .header("X-Page-Count", Integer.toString(issued.pageCount()))
        .header("X-Content-SHA256", issued.bodySha256())
        .header("X-Source", issued.source())
        .body(issued.pdf());
  }

  @Override
  public ResponseEntity<byte[]> resultAnswer(ResultReport report) {
    return ResponseEntity.noContent().build();
  }

  @Override
  public ResponseEntity<byte[]> registrationAnswer(RegistrationApplication application, long id) {
    return json(ResponseEntity.accepted(), new RegistrationAnswer(Long.toString(id), "PENDING"));
  }

  @Override
  public ResponseEntity<byte[]> healthAnswer() {
    return json(ResponseEntity.ok(), new HealthAnswer("UP"));
  }

  @Override
  public ResponseEntity<byte[]> problemAnswer(RelayException e, String requestId) {
    var body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(e.status()), e.getMessage());
    body.setType(
        URI.create("https://kofu.invalid/problems/" + e.reason().toLowerCase().replace('_', '-')));
    body.setTitle(title(e.status()));
    body.setProperty("reason", e.reason());
    if (e.refusalCause() != null) {
      body.setProperty("cause", e.refusalCause());
    }
    body.setProperty("requestId", requestId);
    if (!e.errors().isEmpty()) {
      body.setProperty("errors", e.errors());
    }
    var answer = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (e.retryAfter() != null) {
      answer.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
    }
    return answer.body(bytes(body));
  }

  private static ResponseEntity<byte[]> json(ResponseEntity.BodyBuilder answer, Object body) {
    return answer.contentType(MediaType.APPLICATION_JSON).body(bytes(body));
  }

  private static byte[] bytes(Object body) {
    try {
      return WRITER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // the answers are records of texts and numbers: only a defect here can fail
      throw new IllegalStateException("an answer could not be written", e);
    }
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
