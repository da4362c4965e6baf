package org.kofu.admin.export;

import java.util.ArrayList;
import java.util.List;
import org.kofu.admin.issuance.LogFilter;

/** A filter as one line for the request list. */
final class Criteria {

  private Criteria() {}

  static String describe(ExportRequest request) {
    if (request.notifyList()) {
      return "persons to notify incident=" + request.incidentId();
    }
    return request.coverage()
        ? "coverage scan=" + request.coverageScanId()
        : describe(request.filter());
  }

  static String describe(LogFilter f) {
    List<String> parts = new ArrayList<>();
    add(parts, "from", f.from());
    add(parts, "to", f.to());
    add(parts, "type", f.certificateType());
    add(parts, "kiosk", f.kioskId());
    add(parts, "decision", f.decision());
    add(parts, "number", f.certificateNumber());
    add(parts, "request", f.requestId());
    add(parts, "person", f.personKey());
    return parts.isEmpty() ? "*" : String.join(" ", parts);
  }

  private static void add(List<String> parts, String name, Object value) {
    if (value != null && !value.toString().isBlank()) {
      parts.add(name + "=" + value);
    }
  }
}
