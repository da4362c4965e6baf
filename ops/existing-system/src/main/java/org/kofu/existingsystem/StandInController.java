package org.kofu.existingsystem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kofu.existingsystem.ResidentRecords.Person;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The interface's three endpoints ({@code shared/spec/existing-system-certificates.md}). */
@RestController
@RequestMapping("/kofu/v1")
class StandInController {

  private static final MediaType PDF = MediaType.APPLICATION_PDF;

  private final ResidentRecords records;
  private final CertificateMaker maker;
  private final Misbehaviour misbehaviour;
  private final ObjectMapper json;

  StandInController(
      ResidentRecords records,
      CertificateMaker maker,
      Misbehaviour misbehaviour,
      ObjectMapper json) {
    this.records = records;
    this.maker = maker;
    this.misbehaviour = misbehaviour;
    this.json = json;
  }

  @PostMapping("/certificates")
  ResponseEntity<byte[]> certificate(@RequestBody JsonNode request) throws Exception {
    LocalDate date = LocalDate.parse(request.path("issueDate").asText());
    return answer(request, date, request.path("certificateNumber").asText(), false);
  }

  @PostMapping("/bodies")
  ResponseEntity<byte[]> body(@RequestBody JsonNode request) throws Exception {
    return answer(request, null, null, true);
  }

  /**
   * This project's multi-body format: JSON, each body's PDF in base64 beside its headers. Per
   * changed ACTIVE resident the bodies the stand-in makes: 住民票 SELF and HOUSEHOLD (with the
   * householder), and 印鑑 when a seal is registered. The misbehaviours apply to each body as to a
   * single one ({@code ERROR} to the whole answer).
   */
  @GetMapping("/bodies")
  ResponseEntity<byte[]> changed(
      @RequestParam long changedSince, @RequestParam(defaultValue = "100") int limit)
      throws IOException {
    if (misbehaviour.mode() == Misbehaviour.Mode.ERROR) {
      return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
    }
    Set<Long> persons = new LinkedHashSet<>();
    long last = changedSince;
    var changes = records.changes(changedSince, limit);
    for (long[] change : changes) {
      persons.add(change[1]);
      last = change[0];
    }
    ObjectNode root = json.createObjectNode();
    ArrayNode bodies = root.putArray("bodies");
    for (long atena : persons) {
      Optional<Person> person = records.byAtena(atena).filter(p -> "ACTIVE".equals(p.status()));
      if (person.isPresent()) {
        changedBody(bodies, person.get(), "JUMINHYO", "SELF");
        changedBody(bodies, person.get(), "JUMINHYO", "HOUSEHOLD");
        changedBody(bodies, person.get(), "INKAN", null);
      }
    }
    root.put("lastSeq", last).put("more", changes.size() >= limit);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(json.writeValueAsBytes(root));
  }

  private void changedBody(ArrayNode bodies, Person person, String type, String scope)
      throws IOException {
    Person madeFor = person;
    if (misbehaviour.mode() == Misbehaviour.Mode.OTHER_SUBJECT) {
      madeFor = records.stranger(person).orElse(person);
    }
    MadePdf made;
    try {
      made = maker.make(madeFor, type, "HOUSEHOLD".equals(scope), null, null);
    } catch (CertificateMaker.Refused e) {
      return;
    }
    Map<String, Long> versions = new TreeMap<>(made.versions());
    if (misbehaviour.mode() == Misbehaviour.Mode.STALE) {
      versions.replaceAll((k, v) -> v - 1);
    }
    byte[] pdf =
        misbehaviour.mode() == Misbehaviour.Mode.GARBAGE
            ? "%PDF-1.7 this is no PDF".getBytes(StandardCharsets.US_ASCII)
            : made.pdf();
    ObjectNode b = bodies.addObject();
    b.putObject("subject").put("atenaNo", person.atenaNo()).putNull("kosekiId");
    b.put("certificateType", type);
    ObjectNode options = b.putObject("options");
    if (scope != null) {
      options.put("scope", scope).put("householder", true);
    }
    b.set("sourceVersions", json.valueToTree(versions));
    b.set("stampAreas", json.valueToTree(made.areas()));
    b.put("pdf", Base64.getEncoder().encodeToString(pdf));
  }

  private ResponseEntity<byte[]> answer(
      JsonNode request, LocalDate date, String number, boolean body) throws Exception {
    switch (misbehaviour.mode()) {
      case SLOW -> Thread.sleep(misbehaviour.slowness().toMillis());
      case ERROR -> {
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
      }
      case GARBAGE -> {
        return ResponseEntity.ok()
            .contentType(PDF)
            .body("%PDF-1.7 this is no PDF".getBytes(StandardCharsets.US_ASCII));
      }
      default -> {}
    }
    Optional<Person> found = records.byCode(request.path("subject").path("juminhyoCode").asText());
    if (found.isEmpty()) {
      return problem(HttpStatus.NOT_FOUND, null);
    }
    Person person = found.get();
    if (misbehaviour.mode() == Misbehaviour.Mode.OTHER_SUBJECT) {
      person = records.stranger(person).orElse(person);
    }
    boolean household = "HOUSEHOLD".equals(request.path("options").path("scope").asText());
    MadePdf made;
    try {
      made = maker.make(person, request.path("certificateType").asText(), household, date, number);
    } catch (CertificateMaker.Refused e) {
      return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }
    Map<String, Long> versions = new TreeMap<>(made.versions());
    if (misbehaviour.mode() == Misbehaviour.Mode.STALE) {
      versions.replaceAll((k, v) -> v - 1);
    }
    var ok = ResponseEntity.ok().contentType(PDF).header("X-Source-Versions", text(versions));
    if (body) {
      ok.header("X-Stamp-Areas", text(made.areas()));
    }
    return ok.body(made.pdf());
  }

  private ResponseEntity<byte[]> problem(HttpStatus status, String cause) throws IOException {
    ObjectNode p = json.createObjectNode();
    p.put("type", "about:blank")
        .put("title", status.getReasonPhrase())
        .put("status", status.value());
    if (cause != null) {
      p.put("cause", cause);
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(json.writeValueAsBytes(p));
  }

  private String text(Object value) throws JsonProcessingException {
    return json.writeValueAsString(value);
  }
}
