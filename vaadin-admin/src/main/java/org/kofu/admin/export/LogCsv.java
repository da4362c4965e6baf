package org.kofu.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kofu.admin.issuance.LogFilter;
import org.kofu.admin.issuance.LogReader;
import org.kofu.admin.issuance.LogRecord;
import org.springframework.stereotype.Component;

/** An issuance-log search as CSV (RFC 4180, UTF-8). */
@Component
class LogCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader(
              "seq",
              "occurred_at",
              "kind",
              "request_id",
              "kiosk_id",
              "person_key",
              "certificate_type",
              "http_status",
              "decision",
              "reason",
              "source",
              "certificate_number",
              "elapsed_ms")
          .get();

  private final LogReader reader;

  LogCsv(LogReader reader) {
    this.reader = reader;
  }

  /** Writes the search and returns the number of records. */
  int write(LogFilter filter, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // the byte-order mark makes Excel, which the clerks open these with, read UTF-8
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    int count;
    try {
      count = reader.forEach(filter, r -> print(printer, r));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    printer.flush();
    return count;
  }

  private static void print(CSVPrinter printer, LogRecord r) {
    try {
      printer.printRecord(
          r.seq(),
          r.occurredAt(),
          r.kind(),
          r.requestId(),
          r.kioskId(),
          r.personKey(),
          r.certificateType(),
          r.httpStatus(),
          r.decision(),
          r.reason(),
          r.source(),
          r.certificateNumber(),
          r.elapsedMs());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
