package org.kofu.core.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.GlyphCoverage;
import org.kofu.core.render.layout.CertificateLayouts;
import org.kofu.core.render.layout.Row;
import org.kofu.core.render.layout.RowDataSource;
import org.kofu.core.render.layout.Sentences;

/**
 * Plain JasperReports, for comparison: the same page (with each row's label as its own element, see
 * {@code reports/plain-certificate.jrxml}) and rows, compiled once, filled and exported with
 * default settings, in the full IPAex明朝 registered from the classpath through a font extension.
 * Needs {@code kofu-baseline/ipaexm.ttf} and its {@code jasperreports_extension.properties} on the
 * classpath; {@code ops/bench/render-harness} puts them there.
 */
public final class PlainJasperBaseline {

  static final String FAMILY = "Baseline IPAex Mincho";

  private final JasperReport report;
  private final FontCatalog catalog = FontCatalog.shared();
  private final GlyphCoverage coverage = new GlyphCoverage(catalog);
  private final byte[] seal = CitySeal.load(CertificateProperties.defaults().sealImage());

  public PlainJasperBaseline() {
    if (getClass().getClassLoader().getResource("kofu-baseline/ipaexm.ttf") == null) {
      throw new IllegalStateException("kofu-baseline/ipaexm.ttf not on the classpath");
    }
    String jrxml =
        resource("reports/plain-certificate.jrxml")
            .replace("fontName=\"" + FontCatalog.MAIN_FAMILY + "\"", "fontName=\"" + FAMILY + "\"");
    try {
      report =
          JasperCompileManager.compileReport(
              new java.io.ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8)));
    } catch (JRException e) {
      throw new IllegalStateException(e);
    }
  }

  public byte[] render(CertificateContent content) {
    List<Row> rows = CertificateLayouts.rows(content, false, coverage);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TITLE", content.subject().type().title());
    parameters.put("CITY_NAME", "函館市");
    parameters.put("SENTENCE", Sentences.of(content.subject().type()));
    parameters.put("MAYOR_LINE", "函館市長　山田　太郎");
    parameters.put("CITY_SEAL", seal);
    parameters.put("NUMBER_PLACEHOLDER", "012025-261125-000042");
    parameters.put("DATE_PLACEHOLDER", "令和8年11月25日");
    parameters.put("GLYPH_RESERVE", "");
    try {
      JasperPrint print =
          JasperFillManager.fillReport(
              report, parameters, new RowDataSource(rows.stream().map(this::styled).toList()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      JasperExportManager.exportReportToPdfStream(print, out);
      return out.toByteArray();
    } catch (JRException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A row holding characters IPAex lacks, as plain JasperReports can draw it. */
  private Row styled(Row row) {
    String value = row.value();
    if (value == null
        || value
            .codePoints()
            .allMatch(c -> c == '\n' || catalog.mainDraws(c) || catalog.extDraws(c))) {
      return row;
    }
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .forEach(
            c -> {
              if (c == '\n' || catalog.mainDraws(c) || catalog.extDraws(c)) {
                out.append(
                    c == '<'
                        ? "&lt;"
                        : c == '>' ? "&gt;" : c == '&' ? "&amp;" : Character.toString(c));
              } else {
                // IPAmj glyphs come from per-document subsets, which plain JasperReports cannot
                // embed: the baseline draws the main font's 〓 in their place
                out.append('〓');
              }
            });
    return new Row("S", row.label(), out.toString(), null);
  }

  private static String resource(String name) {
    try (InputStream in = PlainJasperBaseline.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
