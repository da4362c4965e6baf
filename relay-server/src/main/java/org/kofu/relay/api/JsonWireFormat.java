package org.kofu.relay.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.kofu.relay.idempotency.ResultReport;
import org.kofu.relay.issuance.CertificateOrder;
import org.kofu.relay.issuance.MenuQuery;
import org.kofu.relay.person.RegistrationApplication;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.problem.RelayException.FieldProblem;
import org.springframework.stereotype.Component;

/** The documented JSON contract ({@code jlis-relay-api.md}). */
@Component
class JsonWireFormat implements WireFormat {

  private static final Set<String> MENU_FIELDS =
      Set.of("requestId", "municipalityCode", "juminhyoCode", "kioskId", "requestedAt");
  private static final Set<String> RESULT_FIELDS = Set.of("outcome", "pagesPrinted", "reportedAt");
  private static final Set<String> OUTCOMES = Set.of("PRINTED", "PRINT_FAILED", "CANCELLED");
  private static final Set<String> REGISTRATION_FIELDS =
      Set.of(
          "requestId",
          "municipalityCode",
          "juminhyoCode",
          "name",
          "nameKana",
          "birthDate",
          "honseki",
          "hittosha",
          "requestedAt");

  private final ObjectMapper mapper =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @Override
  public MenuQuery menu(byte[] body, RequestIdSink requestIdSeen) {
    JsonFields fields = object(body);
    String requestId = requestId(fields, requestIdSeen);
    fields.onlyKnown(MENU_FIELDS);
    MenuQuery query =
        new MenuQuery(
            requestId,
            municipality(fields),
            fields.text("juminhyoCode", Patterns.JUMINHYO_CODE, "11 digits"),
            fields.text("kioskId", Patterns.KIOSK_ID, "1 to 32 of [A-Za-z0-9-]"),
            fields.dateTime("requestedAt"));
    return valid(fields, query);
  }

  @Override
  public CertificateOrder certificate(byte[] body, RequestIdSink requestIdSeen) {
    JsonFields fields = object(body);
    String requestId = requestId(fields, requestIdSeen);
    return new CertificateOrderReader(fields).read(requestId, municipality(fields));
  }

  @Override
  public ResultReport result(String requestId, byte[] body) {
    JsonFields fields = object(body);
    if (!Patterns.REQUEST_ID.matcher(requestId).matches()) {
      fields.problem("requestId", "must be 8 to 64 of [A-Za-z0-9-]");
    }
    fields.onlyKnown(RESULT_FIELDS);
    String outcome = fields.text("outcome", Patterns.ANY, "PRINTED, PRINT_FAILED or CANCELLED");
    if (outcome != null && !OUTCOMES.contains(outcome)) {
      fields.problem("outcome", "must be PRINTED, PRINT_FAILED or CANCELLED");
    }
    Integer pages = fields.integer("pagesPrinted", 0, 10_000, true);
    ResultReport report =
        new ResultReport(
            requestId, outcome, pages == null ? 0 : pages, fields.dateTime("reportedAt"));
    return valid(fields, report);
  }

  @Override
  public RegistrationApplication registration(byte[] body, RequestIdSink requestIdSeen) {
    JsonFields fields = object(body);
    String requestId = requestId(fields, requestIdSeen);
    fields.onlyKnown(REGISTRATION_FIELDS);
    RegistrationApplication application =
        new RegistrationApplication(
            requestId,
            municipality(fields),
            fields.text("juminhyoCode", Patterns.JUMINHYO_CODE, "11 digits"),
            fields.text("name", 100),
            fields.text("nameKana", 200),
            fields.date("birthDate"),
            fields.text("honseki", 200),
            fields.text("hittosha", 100),
            fields.dateTime("requestedAt"));
    return valid(fields, application);
  }

  private JsonFields object(byte[] body) {
    JsonNode node;
    try {
      node = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw RelayException.invalid(List.of(new FieldProblem("", "malformed JSON")));
    } catch (IOException e) {
      throw RelayException.invalid(List.of(new FieldProblem("", "unreadable body")));
    }
    if (node == null || !node.isObject()) {
      throw RelayException.invalid(List.of(new FieldProblem("", "must be a JSON object")));
    }
    return JsonFields.root(node);
  }

  private static String requestId(JsonFields fields, RequestIdSink sink) {
    String requestId = fields.text("requestId", Patterns.REQUEST_ID, "8 to 64 of [A-Za-z0-9-]");
    if (requestId != null) {
      sink.accept(requestId);
    }
    return requestId;
  }

  static String municipality(JsonFields fields) {
    String code = fields.text("municipalityCode", Patterns.MUNICIPALITY_CODE, "6 digits");
    if (code != null && !Patterns.validMunicipalityCode(code)) {
      fields.problem("municipalityCode", "check digit does not match");
      return null;
    }
    return code;
  }

  static <T> T valid(JsonFields fields, T parsed) {
    if (!fields.problems().isEmpty()) {
      throw RelayException.invalid(fields.problems());
    }
    return parsed;
  }
}
