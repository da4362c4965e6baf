package org.kofu.admin.statistics;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** Printed certificates per day and type as a stacked bar chart, drawn to PNG on the server. */
final class StatisticsChart {

  /** certificate-core's Japanese font, so the chart does not depend on the host's fonts. */
  private static final Font JAPANESE = load("fonts/kofu-mincho.ttf");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

  private StatisticsChart() {}

  static void png(
      List<DailyCount> counts, String title, String dayLabel, String countLabel, OutputStream out)
      throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (DailyCount count : counts) {
      if ("PRINTED".equals(count.outcome())) {
        data.addValue(count.count(), count.certificateType(), DAY.format(count.day()));
      }
    }
    StandardChartTheme theme = new StandardChartTheme("kofu");
    theme.setExtraLargeFont(JAPANESE.deriveFont(Font.BOLD, 18f));
    theme.setLargeFont(JAPANESE.deriveFont(14f));
    theme.setRegularFont(JAPANESE.deriveFont(12f));
    theme.setSmallFont(JAPANESE.deriveFont(10f));
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            title, dayLabel, countLabel, data, PlotOrientation.VERTICAL, true, false, false);
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.writeChartAsPNG(out, chart, 900, 380);
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
