package org.kofu.relay.api;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.codec.digest.DigestUtils;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.relay.issuance.CertificateOrder;

/** The fields of a 証明書交付要求, with the options each type takes and nothing else. */
final class CertificateOrderReader {

  private static final Set<String> FIELDS =
      Set.of(
          "requestId",
          "municipalityCode",
          "juminhyoCode",
          "certificateType",
          "options",
          "copies",
          "kioskId",
          "requestedAt");
  private static final Set<String> RESIDENT_OPTIONS =
      Set.of("scope", "householder", "honseki", "myNumber");

  private final JsonFields fields;

  CertificateOrderReader(JsonFields fields) {
    this.fields = fields;
  }

  CertificateOrder read(String requestId, String municipalityCode) {
    fields.onlyKnown(FIELDS);
    String juminhyoCode = fields.text("juminhyoCode", Patterns.JUMINHYO_CODE, "11 digits");
    CertificateType type = type();
    CertificateOptions options = type == null ? null : options(type);
    Integer copies = fields.integer("copies", 1, 10, true);
    String kioskId = fields.text("kioskId", Patterns.KIOSK_ID, "1 to 32 of [A-Za-z0-9-]");
    var requestedAt = fields.dateTime("requestedAt");
    JsonWireFormat.valid(fields, type);
    // the meaning of the request, not its bytes: a repeat may differ in key order or spacing
    Map<String, String> meaning = new TreeMap<>();
    meaning.put("municipalityCode", municipalityCode);
    meaning.put("juminhyoCode", juminhyoCode);
    meaning.put("certificateType", type.name());
    meaning.put("options", options.canonical());
    meaning.put("copies", copies.toString());
    meaning.put("kioskId", kioskId);
    meaning.put("requestedAt", requestedAt.toInstant().toString());
    return new CertificateOrder(
        requestId,
        municipalityCode,
        juminhyoCode,
        type,
        options,
        copies,
        kioskId,
        requestedAt,
        DigestUtils.sha256Hex(meaning.toString()));
  }

  private CertificateType type() {
    String name = fields.text("certificateType", Patterns.ANY, "a certificate type");
    if (name == null) {
      return null;
    }
    try {
      return CertificateType.valueOf(name);
    } catch (IllegalArgumentException e) {
      fields.problem("certificateType", "unknown certificate type");
      return null;
    }
  }

  private CertificateOptions options(CertificateType type) {
    JsonFields options = fields.object("options");
    if (options == null) {
      return CertificateOptions.defaults().normalizedFor(type);
    }
    return switch (type) {
      case JUMINHYO, JUMINHYO_KISAI -> resident(options);
      case KOSEKI_FUHYO -> {
        options.onlyKnown(Set.of("scope"));
        yield new CertificateOptions(
                scope(options, Scope.SELF, Scope.ALL), false, false, false, null)
            .normalizedFor(type);
      }
      case SHOTOKU_KAZEI -> {
        options.onlyKnown(Set.of("fiscalYear"));
        Integer year = options.integer("fiscalYear", 1989, 2200, false);
        yield new CertificateOptions(null, false, false, false, year).normalizedFor(type);
      }
      case INKAN, KOSEKI_ZENBU, KOSEKI_KOJIN -> {
        options.onlyKnown(Set.of());
        yield CertificateOptions.defaults().normalizedFor(type);
      }
    };
  }

  private static CertificateOptions resident(JsonFields options) {
    options.onlyKnown(RESIDENT_OPTIONS);
    Scope scope = scope(options, Scope.SELF, Scope.HOUSEHOLD);
    Boolean householder = options.bool("householder");
    Boolean honseki = options.bool("honseki");
    Boolean myNumber = options.bool("myNumber");
    return new CertificateOptions(
        scope,
        householder == null || householder,
        honseki != null && honseki,
        myNumber != null && myNumber,
        null);
  }

  private static Scope scope(JsonFields options, Scope... allowed) {
    if (!options.has("scope")) {
      return Scope.SELF;
    }
    String name = options.text("scope", Patterns.ANY, "a scope");
    for (Scope scope : allowed) {
      if (scope.name().equals(name)) {
        return scope;
      }
    }
    if (name != null) {
      options.problem("scope", "must be one of " + java.util.Arrays.toString(allowed));
    }
    return Scope.SELF;
  }
}
