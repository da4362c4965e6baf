package org.kofu.admin.statistics;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.kofu.core.certificate.CertificateType;

/**
 * Printed certificates per day and type as a stacked bar chart, drawn to PNG on the server. Every
 * day of the month is a labelled category, so one busy day is one bar among the month's, not the
 * whole plot; each type has a colour of its own and its name in the legend.
 */
final class StatisticsChart {

  /** certificate-core's Japanese font, so the chart does not depend on the host's fonts. */
  private static final Font JAPANESE = load("fonts/kofu-mincho.ttf");

  /** Distinct colours, readable in print and for the common colour-vision deficiencies. */
  private static final Color[] PALETTE = {
    new Color(0x0072B2),
    new Color(0xE69F00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0x56B4E9),
    new Color(0xD55E00),
    new Color(0xF0E442),
    new Color(0x999999),
    new Color(0x882255),
  };

  private StatisticsChart() {}

  static void png(List<DailyCount> counts, YearMonth month, ChartText text, OutputStream out)
      throws IOException {
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            text.title(),
            text.dayAxis(),
            text.countAxis(),
            dataset(counts, month, text),
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    theme().apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.setNoDataMessage(text.empty());
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (String type : printedTypes(counts, month)) {
      int series = plot.getDataset().getRowIndex(text.typeName().apply(type));
      renderer.setSeriesPaint(series, PALETTE[colour(type) % PALETTE.length]);
    }
    ChartUtils.writeChartAsPNG(out, chart, 900, 380);
  }

  /**
   * Printed counts by type (rows, in the order of {@link CertificateType}) and day of the month
   * (columns, every day).
   */
  static DefaultCategoryDataset dataset(List<DailyCount> counts, YearMonth month, ChartText text) {
    Map<String, long[]> byType = new TreeMap<>(Comparator.comparingInt(StatisticsChart::colour));
    for (DailyCount count : printed(counts, month)) {
      long[] days = byType.computeIfAbsent(count.certificateType(), t -> new long[31]);
      days[count.day().getDayOfMonth() - 1] += count.count();
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    byType.forEach(
        (type, days) -> {
          for (int day = 1; day <= month.lengthOfMonth(); day++) {
            data.addValue(days[day - 1], text.typeName().apply(type), Integer.toString(day));
          }
        });
    return data;
  }

  private static List<DailyCount> printed(List<DailyCount> counts, YearMonth month) {
    return counts.stream()
        .filter(c -> "PRINTED".equals(c.outcome()) && YearMonth.from(c.day()).equals(month))
        .toList();
  }

  private static List<String> printedTypes(List<DailyCount> counts, YearMonth month) {
    return printed(counts, month).stream().map(DailyCount::certificateType).distinct().toList();
  }

  /** A type keeps its colour from chart to chart: its place among the certificate types. */
  private static int colour(String type) {
    for (CertificateType known : CertificateType.values()) {
      if (known.name().equals(type)) {
        return known.ordinal();
      }
    }
    return CertificateType.values().length + Math.floorMod(type.hashCode(), PALETTE.length);
  }

  private static StandardChartTheme theme() {
    StandardChartTheme theme = new StandardChartTheme("kofu");
    theme.setExtraLargeFont(JAPANESE.deriveFont(Font.BOLD, 18f));
    theme.setLargeFont(JAPANESE.deriveFont(14f));
    theme.setRegularFont(JAPANESE.deriveFont(12f));
    theme.setSmallFont(JAPANESE.deriveFont(10f));
    return theme;
  }

  private static Font load(String resource) {
    try (InputStream in = StatisticsChart.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(resource, e);
    }
  }
}
