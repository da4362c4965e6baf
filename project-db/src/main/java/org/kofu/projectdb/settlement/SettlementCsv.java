package org.kofu.projectdb.settlement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The monthly settlement as CSV (UTF-8 with BOM, so that spreadsheet software reads the Japanese
 * names): a comment line naming the month and the days not closed, a header, one row per operator
 * and type, and a {@value #TOTAL} row.
 */
public final class SettlementCsv {

  /** The operator column of the totals row. */
  public static final String TOTAL = "TOTAL";

  static final String[] HEADER = {
    "operator",
    "operatorName",
    "certificateType",
    "certificates",
    "copies",
    "feesYen",
    "commissionYen",
    "netYen"
  };

  private SettlementCsv() {}

  public static void write(MonthlySettlement.Report report, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setCommentMarker('#').setRecordSeparator("\r\n").get();
    CSVPrinter csv = new CSVPrinter(writer, format);
    csv.printComment(
        "month "
            + report.month()
            + "; not closed: "
            + (report.notClosed().isEmpty()
                ? "none"
                : report.notClosed().stream()
                    .map(LocalDate::toString)
                    .collect(Collectors.joining(" ")))
            + "; changes reported after close: "
            + report.changesReported());
    csv.printRecord((Object[]) HEADER);
    for (MonthlySettlement.Line line : report.lines()) {
      print(csv, line.operator(), line.operatorName(), line.certificateType(), line);
    }
    print(csv, TOTAL, "", "", report.total());
    csv.flush();
  }

  private static void print(
      CSVPrinter csv, String operator, String name, String type, MonthlySettlement.Line line)
      throws IOException {
    csv.printRecord(
        operator,
        name,
        type,
        line.certificates(),
        line.copies(),
        line.feesYen(),
        line.commissionYen(),
        line.netYen());
  }
}
