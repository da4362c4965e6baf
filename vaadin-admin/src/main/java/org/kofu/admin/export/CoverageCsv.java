package org.kofu.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kofu.projectdb.coverage.CoverageFinding;
import org.kofu.projectdb.coverage.CoverageResults;
import org.springframework.stereotype.Component;

/** A coverage scan's findings as CSV (RFC 4180, UTF-8): keys and code points, never a name. */
@Component
class CoverageCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader(
              "system",
              "table",
              "record_key",
              "person_key",
              "register_id",
              "atena_no",
              "field",
              "kind",
              "code_points",
              "mj_name",
              "printed_as",
              "reason")
          .get();

  private final CoverageResults results;

  CoverageCsv(CoverageResults results) {
    this.results = results;
  }

  /** Writes the scan's findings and returns their number. */
  int write(long scanId, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    // the byte-order mark makes Excel, which the clerks open these with, read UTF-8
    writer.write('\uFEFF');
    CSVPrinter printer = new CSVPrinter(writer, FORMAT);
    int count;
    try {
      count = results.forEachFinding(scanId, f -> print(printer, f));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    printer.flush();
    return count;
  }

  private static void print(CSVPrinter printer, CoverageFinding f) {
    try {
      printer.printRecord(
          f.system(),
          f.table(),
          f.recordKey(),
          f.personKey(),
          f.registerId(),
          f.atenaNo(),
          f.field(),
          f.kind(),
          f.codePoints(),
          f.mjName(),
          f.printedAs(),
          f.reason());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
