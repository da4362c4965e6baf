package org.kofu.conformance.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kofu.kiosk.load.KioskHttp;

/**
 * One malformed or refused request and the contract's answer to it.
 *
 * @param name what is wrong, for the report
 * @param path the endpoint
 * @param json the request body
 * @param status the contract's status
 * @param reason the contract's {@code reason} (null: the contract names none)
 * @param field whether a field is named in an {@code errors} array (400 for a field)
 * @param requestId the requestId the answer must echo in X-Request-Id (null: none readable)
 */
record BadInput(
    String name,
    String path,
    String json,
    int status,
    String reason,
    boolean field,
    String requestId) {

  static final String CERTIFICATES = "/jlis/v1/certificates";
  static final int RESULT_CASES = 3;

  static List<BadInput> all(Target t, String person, String unknown) {
    String id = Target.newRequestId();
    List<BadInput> cases = new ArrayList<>(malformed(t, person, id));
    String own = t.certificate(id, person, "JUMINHYO", "{}");
    String city = "\"municipalityCode\":\"" + t.municipality() + "\"";
    cases.add(
        refused(
            "another city's municipalityCode",
            CERTIFICATES,
            own.replace(city, "\"municipalityCode\":\"011002\""),
            403,
            "WRONG_MUNICIPALITY",
            id));
    cases.add(
        refused(
            "an unknown person",
            CERTIFICATES,
            t.certificate(id, unknown, "JUMINHYO", "{}"),
            404,
            "PERSON_NOT_FOUND",
            id));
    String menu =
        "{\"requestId\":\"%s\",%s,\"juminhyoCode\":\"%s\",\"kioskId\":\"CONF-1\",\"requestedAt\":\"%s\"}"
            .formatted(id, city, unknown, Target.now());
    cases.add(
        refused("an unknown person's menu", "/jlis/v1/menu", menu, 404, "PERSON_NOT_FOUND", id));
    String padded =
        t.certificate(id, person, "JUMINHYO", "{\"pad\":\"" + "x".repeat(70 * 1024) + "\"}");
    cases.add(refused("a body over 64 KiB", CERTIFICATES, padded, 413, "PAYLOAD_TOO_LARGE", null));
    return cases;
  }

  /** The 400s: malformed JSON, a field missing or ill-formed, an unknown type or option. */
  private static List<BadInput> malformed(Target t, String person, String id) {
    String own = t.certificate(id, person, "JUMINHYO", "{}");
    return List.of(
        new BadInput(
            "malformed JSON", CERTIFICATES, "{\"requestId\":", 400, "INVALID_REQUEST", false, null),
        invalid(
            "a missing juminhyoCode", own.replace("\"juminhyoCode\":\"" + person + "\",", ""), id),
        invalid("a requestId of 3 characters", own.replace(id, "abc"), null),
        invalid("a juminhyoCode of 10 digits", own.replace(person, person.substring(1)), id),
        invalid("an unknown certificateType", own.replace("\"JUMINHYO\"", "\"PASSPORT\""), id),
        invalid("an unknown option", own.replace("{}", "{\"colour\":\"red\"}"), id),
        invalid("an unknown scope", own.replace("{}", "{\"scope\":\"WORLD\"}"), id),
        invalid("copies 0", own.replace("\"copies\":1", "\"copies\":0"), id),
        invalid("copies 11", own.replace("\"copies\":1", "\"copies\":11"), id),
        invalid("a kioskId of 33 characters", own.replace("CONF-1", "K".repeat(33)), id),
        invalid(
            "requestedAt without an offset",
            own.replaceFirst(
                "\"requestedAt\":\"[^\"]*\"", "\"requestedAt\":\"2026-01-01T10:00:00\""),
            id));
  }

  private static BadInput refused(
      String name, String path, String json, int status, String reason, String requestId) {
    return new BadInput(name, path, json, status, reason, false, requestId);
  }

  private static BadInput invalid(String name, String json, String requestId) {
    return new BadInput(name, CERTIFICATES, json, 400, "INVALID_REQUEST", true, requestId);
  }

  /** What is wrong with the server's answer, or null. */
  String judge(Target target, String person) throws IOException {
    return judged(name, target.post(0, path, json), status, reason, field, requestId, person);
  }

  static String judged(
      String name,
      KioskHttp.Reply reply,
      int status,
      String reason,
      boolean field,
      String requestId,
      String person) {
    String fault = BadInputs.fault(reply, status, reason);
    if (fault == null && field && !reply.text().contains("\"errors\"")) {
      fault = "no errors array naming the field";
    }
    if (fault == null
        && requestId != null
        && !requestId.equals(reply.header("X-Request-Id").orElse(null))) {
      fault = "X-Request-Id does not echo the requestId";
    }
    if (fault == null && person != null && reply.text().contains(person)) {
      fault = "the answer shows the 住民票コード";
    }
    return fault == null ? null : name + ": " + fault;
  }

  /**
   * The idempotency and result refusals: another body under an issued requestId (409), a result for
   * an unknown requestId (404), another outcome after one was recorded (409).
   */
  static List<String> results(Target t, String person) throws IOException {
    List<String> wrong = new ArrayList<>();
    String id = Target.newRequestId();
    KioskHttp.Reply issued = t.post(0, CERTIFICATES, t.certificate(id, person, "JUMINHYO", "{}"));
    if (issued.status() != 200) {
      String reason = Issued.reason(issued);
      if (issued.status() == 503 && Issued.NOT_IN_SERVICE.contains(reason)) {
        throw new Issued.NotInService(reason);
      }
      wrong.add("a certificate to reuse the requestId of: " + issued.status() + " " + reason);
      return wrong;
    }
    add(
        wrong,
        judged(
            "another body under an issued requestId",
            t.post(1, CERTIFICATES, t.certificate(id, person, "INKAN", "{}")),
            409,
            "REQUEST_ID_CONFLICT",
            false,
            id,
            person));
    String printed =
        "{\"outcome\":\"PRINTED\",\"pagesPrinted\":1,\"reportedAt\":\"" + Target.now() + "\"}";
    add(
        wrong,
        judged(
            "a result for an unknown requestId",
            t.post(0, CERTIFICATES + "/" + Target.newRequestId() + "/result", printed),
            404,
            null,
            false,
            null,
            person));
    KioskHttp.Reply first = t.post(0, CERTIFICATES + "/" + id + "/result", printed);
    if (first.status() != 204) {
      wrong.add("a PRINTED result: answered " + first.status());
    }
    String cancelled = printed.replace("PRINTED", "CANCELLED");
    add(
        wrong,
        judged(
            "another outcome after PRINTED",
            t.post(1, CERTIFICATES + "/" + id + "/result", cancelled),
            409,
            null,
            false,
            null,
            person));
    return wrong;
  }

  private static void add(List<String> wrong, String problem) {
    if (problem != null) {
      wrong.add(problem);
    }
  }
}
