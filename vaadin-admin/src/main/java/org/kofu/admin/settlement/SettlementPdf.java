package org.kofu.admin.settlement;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.kofu.admin.ui.Formats;
import org.kofu.projectdb.settlement.MonthlySettlement;
import org.springframework.stereotype.Component;

/**
 * The monthly settlement PDF in Japanese (JasperReports, {@code reports/monthly-settlement.jrxml},
 * certificate-core's embedded "Kofu Mincho" like the certificates): per operator and type, with
 * totals, the days not closed and the count of changes found after a close.
 */
@Component
public class SettlementPdf {

  private volatile JasperReport compiled;

  public void write(MonthlySettlement.Report report, Instant now, OutputStream out)
      throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("MONTH", report.month().getYear() + "年" + report.month().getMonthValue() + "月");
    parameters.put("CREATED", Formats.time(now));
    parameters.put("NOT_CLOSED", notClosed(report.notClosed()));
    parameters.put("CHANGES", report.changesReported() + "件");
    MonthlySettlement.Line total = report.total();
    parameters.put("TOTAL_CERTIFICATES", total.certificates());
    parameters.put("TOTAL_COPIES", total.copies());
    parameters.put("TOTAL_FEES", total.feesYen());
    parameters.put("TOTAL_COMMISSION", total.commissionYen());
    parameters.put("TOTAL_NET", total.netYen());
    ResourceBundle labels = labels();
    List<Map<String, ?>> rows =
        report.lines().stream().<Map<String, ?>>map(l -> row(l, labels)).toList();
    try {
      JasperPrint print =
          JasperFillManager.fillReport(report(), parameters, new JRMapCollectionDataSource(rows));
      JasperExportManager.exportReportToPdfStream(print, out);
    } catch (JRException e) {
      throw new IOException("settlement report", e);
    }
  }

  private static Map<String, ?> row(MonthlySettlement.Line line, ResourceBundle labels) {
    return Map.of(
        "operator", line.operator() + "　" + line.operatorName(),
        "type", type(labels, line.certificateType()),
        "certificates", line.certificates(),
        "copies", line.copies(),
        "fees", line.feesYen(),
        "commission", line.commissionYen(),
        "net", line.netYen());
  }

  /** "なし", or the days not closed, as day numbers of the month ("4日、5日…"). */
  static String notClosed(List<LocalDate> days) {
    if (days.isEmpty()) {
      return "なし";
    }
    return days.stream().map(d -> d.getDayOfMonth() + "日").collect(Collectors.joining("、"));
  }

  private static String type(ResourceBundle labels, String code) {
    try {
      return labels.getString("type." + code);
    } catch (MissingResourceException e) {
      return code;
    }
  }

  private static ResourceBundle labels() {
    // the report is in Japanese whatever the officer's UI language
    return ResourceBundle.getBundle(
        "messages",
        Locale.JAPANESE,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private JasperReport report() throws JRException, IOException {
    // compiled once, on first use: recompiling on two threads at once fails (measured-facts.md)
    synchronized (this) {
      if (compiled == null) {
        try (InputStream in = getClass().getResourceAsStream("/reports/monthly-settlement.jrxml")) {
          compiled = JasperCompileManager.compileReport(in);
        }
      }
      return compiled;
    }
  }
}
