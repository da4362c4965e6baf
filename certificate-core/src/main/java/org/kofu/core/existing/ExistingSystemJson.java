package org.kofu.core.existing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;

/**
 * The interface's JSON: request bodies, the {@code X-Source-Versions} and {@code X-Stamp-Areas}
 * headers, and the multi-body answer of {@code GET bodies?changedSince} (this project's choice,
 * {@code docs/existing-systems.md}). Parse errors never quote what was sent.
 */
final class ExistingSystemJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Long>> VERSIONS = new TypeReference<>() {};

  private ExistingSystemJson() {}

  static byte[] certificateRequest(BodyRequest request, LocalDate issueDate, String number) {
    ObjectNode root = bodyRequestNode(request);
    root.put("issueDate", issueDate.toString());
    root.put("certificateNumber", number);
    return bytes(root);
  }

  static byte[] bodyRequest(BodyRequest request) {
    return bytes(bodyRequestNode(request));
  }

  private static ObjectNode bodyRequestNode(BodyRequest request) {
    CertificateSubject subject = request.subject();
    ObjectNode root = JSON.createObjectNode();
    ObjectNode who = root.putObject("subject");
    who.put("juminhyoCode", request.juminhyoCode());
    if (subject.person() instanceof PersonRef.Resident r) {
      who.put("atenaNo", r.atenaNo());
      who.putNull("kosekiId");
    } else if (subject.person() instanceof PersonRef.RegisterMember m) {
      who.putNull("atenaNo");
      who.put("kosekiId", m.kosekiId());
    }
    root.put("certificateType", subject.type().name());
    root.set("options", optionsNode(subject.options()));
    return root;
  }

  static ObjectNode optionsNode(CertificateOptions o) {
    ObjectNode node = JSON.createObjectNode();
    if (o.scope() != null) {
      node.put("scope", o.scope().name());
    }
    node.put("householder", o.householder());
    node.put("honseki", o.honseki());
    node.put("myNumber", o.myNumber());
    if (o.fiscalYear() != null) {
      node.put("fiscalYear", o.fiscalYear());
    }
    if (o.form() != null) {
      node.put("form", o.form().name());
    }
    return node;
  }

  static CertificateOptions options(JsonNode node) {
    if (node == null || node.isNull()) {
      return CertificateOptions.defaults();
    }
    JsonNode scope = node.get("scope");
    JsonNode year = node.get("fiscalYear");
    JsonNode form = node.get("form");
    return new CertificateOptions(
        scope == null || scope.isNull() ? null : Scope.valueOf(scope.asText()),
        node.path("householder").asBoolean(true),
        node.path("honseki").asBoolean(false),
        node.path("myNumber").asBoolean(false),
        year == null || year.isNull() ? null : year.asInt(),
        form == null || form.isNull() ? null : ResidentForm.valueOf(form.asText()));
  }

  /** {@code X-Source-Versions}; an absent header is no versions, which the check refuses. */
  static Map<String, Long> versions(String header) {
    if (header == null || header.isBlank()) {
      return Map.of();
    }
    try {
      return JSON.readValue(header, VERSIONS);
    } catch (JsonProcessingException e) {
      throw malformed("X-Source-Versions");
    }
  }

  static String versionsHeader(Map<String, Long> versions) {
    try {
      return JSON.writeValueAsString(versions);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code X-Stamp-Areas}; an absent header is no areas, which the check refuses. */
  static List<StampArea> areas(String header) {
    if (header == null || header.isBlank()) {
      return List.of();
    }
    try {
      return areas(JSON.readTree(header));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw malformed("X-Stamp-Areas");
    }
  }

  private static List<StampArea> areas(JsonNode array) {
    if (!array.isArray()) {
      throw new IllegalArgumentException("not an array");
    }
    List<StampArea> areas = new ArrayList<>();
    for (JsonNode a : array) {
      areas.add(
          new StampArea(
              a.path("page").asInt(),
              StampArea.Field.ofWireName(a.path("field").asText()),
              (float) a.path("x").asDouble(),
              (float) a.path("y").asDouble(),
              (float) a.path("width").asDouble(),
              (float) a.path("height").asDouble()));
    }
    return areas;
  }

  /** The multi-body answer: {@code {"bodies": [...], "lastSeq": n, "more": bool}}. */
  static ChangedBodies changedBodies(byte[] answer) {
    try {
      JsonNode root = JSON.readTree(answer);
      List<ForeignBody> bodies = new ArrayList<>();
      for (JsonNode b : root.path("bodies")) {
        bodies.add(
            new ForeignBody(
                subject(b),
                Base64.getDecoder().decode(b.path("pdf").asText()),
                JSON.convertValue(b.path("sourceVersions"), VERSIONS),
                areas(b.path("stampAreas"))));
      }
      return new ChangedBodies(
          bodies, root.path("lastSeq").asLong(), root.path("more").asBoolean(false));
    } catch (java.io.IOException | IllegalArgumentException e) {
      throw malformed("changed bodies");
    }
  }

  private static CertificateSubject subject(JsonNode body) {
    JsonNode who = body.path("subject");
    PersonRef person =
        who.hasNonNull("atenaNo")
            ? new PersonRef.Resident(who.get("atenaNo").asLong())
            : new PersonRef.RegisterMember(
                who.path("kosekiId").asLong(), who.path("kojinNo").asInt());
    CertificateType type = CertificateType.valueOf(body.path("certificateType").asText());
    return new CertificateSubject(person, type, options(body.get("options")));
  }

  /** The {@code cause} of a 422 problem, or null when the problem has none. */
  static String problemCause(byte[] problem) {
    try {
      JsonNode cause = JSON.readTree(problem).get("cause");
      return cause == null || cause.isNull() ? null : cause.asText();
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ExistingSystemException malformed(String what) {
    return new ExistingSystemException(
        ExistingSystemException.Outcome.FAILED, null, "malformed " + what + " in the answer");
  }
}
