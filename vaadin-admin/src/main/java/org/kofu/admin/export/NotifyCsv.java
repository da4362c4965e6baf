package org.kofu.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kofu.admin.investigation.LinkedIssuance;
import org.kofu.admin.investigation.NotifyList;
import org.springframework.stereotype.Component;

/**
 * An incident's persons to notify as CSV (RFC 4180, UTF-8): one line per linked issuance, by
 * person; keys, numbers and what was printed, never a name or address (the clerk finds those in the
 * 住基 system by the key).
 */
@Component
class NotifyCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader(
              "person_key",
              "request_id",
              "certificate_number",
              "certificate_type",
              "options",
              "issue_date",
              "issued_at",
              "kiosk_id",
              "outcome")
          .get();

  private final NotifyList notifyList;

  NotifyCsv(NotifyList notifyList) {
    this.notifyList = notifyList;
  }

  /** Writes the lines and returns their number. */
  int write(long incidentId, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // the byte-order mark makes Excel, which the clerks open these with, read UTF-8
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    List<LinkedIssuance> lines = notifyList.of(incidentId);
    for (LinkedIssuance i : lines) {
      printer.printRecord(
          i.personKey(),
          i.requestId(),
          i.certificateNumber(),
          i.certificateType(),
          i.options(),
          i.issueDate(),
          i.issuedAt(),
          i.kioskId(),
          i.outcome());
    }
    printer.flush();
    return lines.size();
  }
}
