package org.kofu.admin.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class StatisticsChartTests {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
  private static final ChartText TEXT =
      new ChartText("2026-11", "日", "件数", "なし", type -> "名:" + type);

  @Test
  void oneDayIsOneBarAmongEveryDayOfTheMonth() throws Exception {
    List<DailyCount> counts =
        List.of(
            new DailyCount(LocalDate.of(2026, 11, 26), "JUMINHYO", "PRINTED", 5),
            new DailyCount(LocalDate.of(2026, 11, 26), "INKAN", "PRINTED", 2),
            new DailyCount(LocalDate.of(2026, 11, 26), "INKAN", "ISSUED", 9));

    DefaultCategoryDataset data = StatisticsChart.dataset(counts, NOVEMBER, TEXT);

    assertThat(data.getColumnCount()).isEqualTo(30);
    assertThat(data.getColumnKeys()).startsWith("1", "2").endsWith("30");
    assertThat(data.getRowKeys()).containsExactly("名:JUMINHYO", "名:INKAN");
    assertThat(data.getValue("名:JUMINHYO", "26")).isEqualTo(5.0);
    assertThat(data.getValue("名:INKAN", "26")).isEqualTo(2.0);
    assertThat(data.getValue("名:INKAN", "25")).isEqualTo(0.0);
    writeForReview("statistics-one-day", counts);
  }

  @Test
  void aMonthAddsUpEachDay() throws Exception {
    List<DailyCount> counts =
        java.util.stream.IntStream.rangeClosed(1, 30)
            .mapToObj(
                day ->
                    new DailyCount(
                        LocalDate.of(2026, 11, day),
                        day % 2 == 0 ? "JUMINHYO" : "KOSEKI_ZENBU",
                        "PRINTED",
                        day))
            .toList();

    DefaultCategoryDataset data = StatisticsChart.dataset(counts, NOVEMBER, TEXT);

    assertThat(data.getValue("名:JUMINHYO", "30")).isEqualTo(30.0);
    assertThat(data.getValue("名:KOSEKI_ZENBU", "29")).isEqualTo(29.0);
    writeForReview("statistics-month", counts);
  }

  @Test
  void aMonthWithoutPrintedCertificatesHasNoSeries() {
    assertThat(StatisticsChart.dataset(List.of(), NOVEMBER, TEXT).getRowCount()).isZero();
  }

  /** The PNG beside the browser tests' screenshots, to look at. */
  private static void writeForReview(String name, List<DailyCount> counts) throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    StatisticsChart.png(counts, NOVEMBER, TEXT, png);
    assertThat(png.toByteArray()).startsWith(0x89, 'P', 'N', 'G');
    Path dir = Files.createDirectories(Path.of("target/screenshots"));
    Files.write(dir.resolve(name + ".png"), png.toByteArray());
  }
}
