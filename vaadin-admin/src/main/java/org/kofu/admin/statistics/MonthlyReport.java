package org.kofu.admin.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.kofu.admin.ui.Formats;
import org.springframework.stereotype.Component;

/** The monthly fee-settlement PDF (JasperReports, {@code reports/monthly-fees.jrxml}). */
@Component
class MonthlyReport {

  private volatile JasperReport compiled;

  void pdf(YearMonth month, List<FeeLine> lines, Instant now, OutputStream out) throws IOException {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("MONTH", month.getYear() + "年" + month.getMonthValue() + "月");
    parameters.put("CREATED", Formats.time(now));
    parameters.put("TOTAL_PRINTED", lines.stream().mapToLong(FeeLine::printed).sum());
    parameters.put("TOTAL_FEE", lines.stream().mapToLong(FeeLine::feeYen).sum());
    List<Map<String, ?>> rows =
        lines.stream()
            .<Map<String, ?>>map(
                l -> Map.of("type", l.certificateType(), "printed", l.printed(), "fee", l.feeYen()))
            .toList();
    try {
      JasperPrint print =
          JasperFillManager.fillReport(report(), parameters, new JRMapCollectionDataSource(rows));
      JasperExportManager.exportReportToPdfStream(print, out);
    } catch (JRException e) {
      throw new IOException("monthly report", e);
    }
  }

  private JasperReport report() throws JRException, IOException {
    // compiled on first use: a few seconds the admin's start-up need not spend
    if (compiled == null) {
      try (InputStream in = getClass().getResourceAsStream("/reports/monthly-fees.jrxml")) {
        compiled = JasperCompileManager.compileReport(in);
      }
    }
    return compiled;
  }
}
