package org.kofu.admin.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.projectdb.settlement.MonthlySettlement;
import org.kofu.projectdb.settlement.MonthlySettlement.Line;

/** The settlement PDF read back with poppler's pdftotext, its fonts with pdffonts. */
class SettlementPdfTests {

  @TempDir Path dir;

  @Test
  void thePdfListsEachOperatorAndTypeWithTotalsTheDaysNotClosedAndTheChanges() throws Exception {
    List<Line> lines =
        List.of(
            new Line("LAWSON", "ローソン", "KOSEKI_ZENBU", 2, 3, 1350, 300),
            new Line("SEJ", "セブン-イレブン", "JUMINHYO", 2, 3, 900, 360),
            new Line("UNKNOWN", "不明", "INKAN", 1, 1, 300, 0));
    MonthlySettlement.Report report =
        new MonthlySettlement.Report(
            YearMonth.of(2026, 11),
            lines,
            new Line("", "", "", 5, 7, 2550, 660),
            List.of(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30)),
            1);
    Path pdf = dir.resolve("settlement.pdf");
    try (OutputStream out = Files.newOutputStream(pdf)) {
      new SettlementPdf().write(report, Instant.parse("2026-12-01T01:00:00Z"), out);
    }

    // one space for the layout's runs of blanks
    String text =
        Normalizer.normalize(run("pdftotext", "-layout", pdf, "-"), Normalizer.Form.NFKC)
            .replaceAll("[ \\t]+", " ");
    assertThat(text)
        .contains("コンビニ交付 月次精算書")
        .contains("交付委託手数料(円)")
        .contains("対象月 2026年11月")
        .containsPattern("LAWSON ローソン\\s+戸籍全部事項証明書\\s+2\\s+3\\s+1,350\\s+300\\s+1,050")
        .containsPattern("SEJ セブン-イレブン\\s+住民票の写し\\s+2\\s+3\\s+900\\s+360\\s+540")
        .containsPattern("UNKNOWN 不明\\s+印鑑登録証明書\\s+1\\s+1\\s+300\\s+0\\s+300")
        .containsPattern("合計\\s+5\\s+7\\s+2,550\\s+660\\s+1,890")
        .contains("締めていない日 29日、30日")
        .contains("締めた後に見つかった変更 1件");
    String fonts = run("pdffonts", pdf);
    assertThat(fonts).contains("Identity-H");
    assertThat(fonts.lines().skip(2).filter(l -> !l.isBlank()))
        .as("every font embedded: a missing font fails silently into Helvetica")
        .isNotEmpty()
        .allMatch(l -> l.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
  }

  private static String run(String program, Object... arguments)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(program));
    for (Object argument : arguments) {
      command.add(argument.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    return out;
  }
}
