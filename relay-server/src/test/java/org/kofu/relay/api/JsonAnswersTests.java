package org.kofu.relay.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateType;
import org.kofu.relay.issuance.Menu;
import org.kofu.relay.issuance.MenuQuery;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.problem.RelayException.FieldProblem;
import org.springframework.http.ResponseEntity;

/** The JSON answers byte for byte, as the center reads them. */
class JsonAnswersTests {

  private final JsonWireFormat wire =
      new JsonWireFormat(Validation.buildDefaultValidatorFactory().getValidator());

  @Test
  void aProblemNamesItsFieldsAndEchoesTheRequestId() {
    var answer =
        wire.problemAnswer(
            RelayException.invalid(List.of(new FieldProblem("copies", "must be at least 1"))),
            "abcdefgh-1");

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(text(answer))
        .isEqualTo(
            "{\"type\":\"https://kofu.invalid/problems/invalid-request\","
                + "\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"the request is not well-formed\",\"reason\":\"INVALID_REQUEST\","
                + "\"requestId\":\"abcdefgh-1\","
                + "\"errors\":[{\"field\":\"copies\",\"message\":\"must be at least 1\"}]}");
  }

  @Test
  void aProblemWithoutARequestIdSaysSoAndCarriesItsCauseAndRetryAfter() {
    var refused = wire.problemAnswer(RelayException.notIssuable("UNDER_AGE"), null);
    var unavailable =
        wire.problemAnswer(
            RelayException.unavailable("MAINTENANCE", "maintenance", Duration.ofMinutes(30)), null);

    assertThat(text(refused))
        .isEqualTo(
            "{\"type\":\"https://kofu.invalid/problems/not-issuable\",\"title\":\"Not issuable\","
                + "\"status\":422,\"detail\":\"the certificate cannot be issued\","
                + "\"reason\":\"NOT_ISSUABLE\",\"cause\":\"UNDER_AGE\",\"requestId\":null}");
    assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
    assertThat(unavailable.getHeaders().getFirst("Retry-After")).isEqualTo("1800");
  }

  @Test
  void theMenuListsFiscalYearsOnlyWhereThereAreSome() {
    var query =
        new MenuQuery(
            "abcdefgh-2", "012025", "12345678901", "K-0001", OffsetDateTime.now().withNano(0));
    var menu =
        new Menu(
            List.of(
                new Menu.Available(CertificateType.JUMINHYO, 200, null),
                new Menu.Available(CertificateType.SHOTOKU_KAZEI, 300, List.of(2025, 2024))),
            List.of(new Menu.Unavailable(CertificateType.INKAN, "NO_SEAL_REGISTRATION")));

    var answer = wire.menuAnswer(query, menu);

    assertThat(answer.getHeaders().getContentType()).hasToString("application/json");
    assertThat(text(answer))
        .isEqualTo(
            "{\"requestId\":\"abcdefgh-2\",\"available\":["
                + "{\"certificateType\":\"JUMINHYO\",\"feeYen\":200},"
                + "{\"certificateType\":\"SHOTOKU_KAZEI\",\"feeYen\":300,"
                + "\"fiscalYears\":[2025,2024]}],"
                + "\"unavailable\":[{\"certificateType\":\"INKAN\","
                + "\"reason\":\"NO_SEAL_REGISTRATION\"}]}");
    assertThat(text(wire.healthAnswer())).isEqualTo("{\"status\":\"UP\"}");
  }

  private static String text(ResponseEntity<byte[]> answer) {
    return new String(answer.getBody(), StandardCharsets.UTF_8);
  }
}
