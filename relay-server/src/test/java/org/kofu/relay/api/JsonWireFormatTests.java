package org.kofu.relay.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.Scope;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.problem.RelayException.FieldProblem;
import org.kofu.relay.support.Requests;

/** The JSON contract binds strictly: what is not exactly the contract's form is a 400 by field. */
class JsonWireFormatTests {

  private final JsonWireFormat wire =
      new JsonWireFormat(Validation.buildDefaultValidatorFactory().getValidator());

  private static final String CERTIFICATE =
      Requests.certificate("abcdefgh-1", "12345678901", "JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}");

  @Test
  void aWellFormedCertificateRequestIsReadWithItsOptions() {
    var order = wire.certificate(bytes(CERTIFICATE), id -> {});

    assertThat(order.requestId()).isEqualTo("abcdefgh-1");
    assertThat(order.options().scope()).isEqualTo(Scope.HOUSEHOLD);
    assertThat(order.options().householder()).isTrue();
    assertThat(order.requestedAt().getOffset().getTotalSeconds()).isEqualTo(9 * 3600);
  }

  @Test
  void valuesOfAnotherTypeAreNotCoerced() {
    assertThat(fieldsOf(CERTIFICATE.replace("\"copies\":1", "\"copies\":\"1\"")))
        .contains("copies");
    assertThat(fieldsOf(CERTIFICATE.replace("\"copies\":1", "\"copies\":1.0"))).contains("copies");
    assertThat(fieldsOf(CERTIFICATE.replace("\"JUMINHYO\"", "0"))).contains("certificateType");
    assertThat(fieldsOf(CERTIFICATE.replace("\"K-0001\"", "1"))).contains("kioskId");
    assertThat(fieldsOf(CERTIFICATE.replace("\"2026-11-25T10:00:00+09:00\"", "1764032400")))
        .contains("requestedAt");
    assertThat(fieldsOf(CERTIFICATE.replace("\"HOUSEHOLD\"}", "\"SELF\",\"honseki\":1}")))
        .contains("options.honseki");
  }

  @Test
  void unknownRepeatedAndTrailingFieldsAreRefused() {
    assertThat(fieldsOf(CERTIFICATE.replace("{\"requestId\"", "{\"extra\":1,\"requestId\"")))
        .contains("extra");
    assertThat(fieldsOf(CERTIFICATE.replace("\"copies\":1", "\"copies\":1,\"copies\":2")))
        .contains("");
    assertThat(fieldsOf(CERTIFICATE + " {}")).contains("");
    assertThat(fieldsOf(CERTIFICATE.replace("\"HOUSEHOLD\"}", "\"SELF\",\"fiscalYear\":2025}")))
        .contains("options.fiscalYear");
  }

  @Test
  void everyIllFormedValueIsNamedAndTheRequestIdIsStillEchoed() {
    List<String> seen = new ArrayList<>();
    String body =
        CERTIFICATE
            .replace("012025", "012026")
            .replace("12345678901", "1234")
            .replace("\"copies\":1", "\"copies\":0");

    RelayException e =
        catchThrowableOfType(RelayException.class, () -> wire.certificate(bytes(body), seen::add));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.errors())
        .extracting(FieldProblem::field)
        .containsExactly("copies", "juminhyoCode", "municipalityCode");
    assertThat(e.errors()).extracting(FieldProblem::message).noneMatch(m -> m.contains("1234"));
    assertThat(seen).containsExactly("abcdefgh-1");
  }

  @Test
  void aRegistrationNeedsTextThatIsNotBlank() {
    String body =
        """
        {"requestId":"abcdefgh-9","municipalityCode":"012025","juminhyoCode":"12345678901",
         "name":"\u3000","nameKana":"ヤマダ","birthDate":"1980-02-30","honseki":"函館市",
         "hittosha":"山田","requestedAt":"2026-11-25T10:00:00+09:00"}""";
    assertThat(fieldsOf(() -> wire.registration(bytes(body), id -> {}))).contains("birthDate");
    assertThat(
            fieldsOf(
                () -> wire.registration(bytes(body.replace("1980-02-30", "1980-02-28")), id -> {})))
        .containsExactly("name");
  }

  private List<String> fieldsOf(String certificate) {
    return fieldsOf(() -> wire.certificate(bytes(certificate), id -> {}));
  }

  private static List<String> fieldsOf(Runnable read) {
    RelayException e = catchThrowableOfType(RelayException.class, read::run);
    assertThat(e).isNotNull();
    assertThat(e.status()).isEqualTo(400);
    return e.errors().stream().map(FieldProblem::field).toList();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
