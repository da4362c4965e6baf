package org.kofu.relay.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.codec.digest.DigestUtils;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.relay.api.JsonRequests.CertificateRequest;
import org.kofu.relay.api.JsonRequests.MenuRequest;
import org.kofu.relay.api.JsonRequests.Options;
import org.kofu.relay.api.JsonRequests.RegistrationRequest;
import org.kofu.relay.api.JsonRequests.ResultRequest;
import org.kofu.relay.idempotency.ResultReport;
import org.kofu.relay.issuance.CertificateOrder;
import org.kofu.relay.issuance.MenuQuery;
import org.kofu.relay.person.RegistrationApplication;
import org.kofu.relay.problem.RelayException.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The documented JSON contract ({@code jlis-relay-api.md}): requests bound by {@link JsonBinding},
 * answers written by {@link JsonAnswers}.
 */
@Component
class JsonWireFormat extends JsonAnswers implements WireFormat {

  private final JsonBinding json;

  JsonWireFormat(Validator validator) {
    this.json = new JsonBinding(validator);
  }

  @Override
  public MediaType requestType() {
    return MediaType.APPLICATION_JSON;
  }

  @Override
  public MenuQuery menu(byte[] body, RequestIdSink requestIdSeen) {
    MenuRequest m = read(body, MenuRequest.class, requestIdSeen);
    return new MenuQuery(
        m.requestId(), m.municipalityCode(), m.juminhyoCode(), m.kioskId(), m.requestedAt());
  }

  @Override
  public CertificateOrder certificate(byte[] body, RequestIdSink requestIdSeen) {
    CertificateRequest c = read(body, CertificateRequest.class, requestIdSeen);
    JsonNode given = c.options();
    CertificateOptions options = CertificateOptions.defaults();
    if (given != null && !given.isNull()) {
      Options typed = json.bind(given, Options.of(c.certificateType()), "options.");
      JsonBinding.refuse(json.violations("options.", typed));
      options = typed.toOptions();
    }
    options = options.normalizedFor(c.certificateType());
    // the meaning of the request, not its bytes: a repeat may differ in key order or spacing
    Map<String, String> meaning = new TreeMap<>();
    meaning.put("municipalityCode", c.municipalityCode());
    meaning.put("juminhyoCode", c.juminhyoCode());
    meaning.put("certificateType", c.certificateType().name());
    meaning.put("options", options.canonical());
    meaning.put("copies", c.copies().toString());
    meaning.put("kioskId", c.kioskId());
    meaning.put("requestedAt", c.requestedAt().toInstant().toString());
    return new CertificateOrder(
        c.requestId(),
        c.municipalityCode(),
        c.juminhyoCode(),
        c.certificateType(),
        options,
        c.copies(),
        c.kioskId(),
        c.requestedAt(),
        DigestUtils.sha256Hex(meaning.toString()));
  }

  @Override
  public ResultReport result(String requestId, byte[] body) {
    ResultRequest r = json.bind(json.object(body), ResultRequest.class, "");
    List<FieldProblem> problems = new ArrayList<>(json.violations("", r));
    if (!Patterns.REQUEST_ID_PATTERN.matcher(requestId).matches()) {
      problems.add(new FieldProblem("requestId", JsonRequests.REQUEST_ID));
    }
    JsonBinding.refuse(problems);
    return new ResultReport(requestId, r.outcome(), r.pagesPrinted(), r.reportedAt());
  }

  @Override
  public RegistrationApplication registration(byte[] body, RequestIdSink requestIdSeen) {
    RegistrationRequest r = read(body, RegistrationRequest.class, requestIdSeen);
    return new RegistrationApplication(
        r.requestId(),
        r.municipalityCode(),
        r.juminhyoCode(),
        r.name(),
        r.nameKana(),
        r.birthDate(),
        r.honseki(),
        r.hittosha(),
        r.requestedAt());
  }

  /** Reports a well-formed request id before anything else can fail, so the 400 echoes it. */
  private <T> T read(byte[] body, Class<T> type, RequestIdSink requestIdSeen) {
    JsonNode tree = json.object(body);
    JsonNode id = tree.get("requestId");
    if (id != null
        && id.isTextual()
        && Patterns.REQUEST_ID_PATTERN.matcher(id.asText()).matches()) {
      requestIdSeen.accept(id.asText());
    }
    T request = json.bind(tree, type, "");
    JsonBinding.refuse(json.violations("", request));
    return request;
  }
}
