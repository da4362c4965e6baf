package org.kofu.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

class StandaloneApplicationIT {

  private static final String PASSWORD = "standalone-test";

  @TempDir Path dataDir;

  @Test
  void firstStartLoadsDemoDataAndWritesASampleOfEveryCertificateType() throws IOException {
    try (ConfigurableApplicationContext ignored = start()) {
      List<Path> pdfs = pdfs(dataDir.resolve("samples"));

      assertThat(pdfs).hasSizeGreaterThanOrEqualTo(9);
      String all = String.join("\n", pdfs.stream().map(StandaloneApplicationIT::text).toList());
      assertThat(all)
          .contains(
              "住民票の写し",
              "住民票記載事項証明書",
              "印鑑登録証明書",
              "戸籍全部事項証明書",
              "戸籍個人事項証明書",
              "戸籍の附票の写し",
              "所得・課税証明書",
              "発行番号 012025-",
              // the embedded default's demo mayor (kofu.embedded-default in application.yml)
              "山田 太郎");
      assertThat(Files.exists(dataDir.resolve("legacy.mv.db"))).isTrue();
    }
  }

  @Test
  void samplesShowAFamilyWithGaijiAndTheRefusalOfANameNothingDraws() throws IOException {
    try (ConfigurableApplicationContext ignored = start("1500")) {
      Path samples = dataDir.resolve("samples");
      List<Path> gaiji =
          pdfs(samples).stream().filter(f -> f.toString().contains("-gaiji")).toList();
      assertThat(gaiji).hasSize(2);
      for (Path pdf : gaiji) {
        // the demo's 外字 (U+E500 on) print as the characters their gaiji rows name
        assertThat(text(pdf).codePoints()).noneMatch(cp -> cp >= 0xE000 && cp <= 0xF8FF);
      }
      try (Stream<Path> files = Files.list(samples)) {
        Path refusal =
            files.filter(f -> f.toString().endsWith("-juminhyo-unprintable.txt")).findFirst().get();
        assertThat(Files.readString(refusal))
            .contains("422", "NOT_ISSUABLE", "UNPRINTABLE_CHARACTER", "U+");
      }
    }
  }

  @Test
  void secondStartKeepsTheDemoDataItAlreadyHas() throws Exception {
    start().close();
    String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("legacy");
    try (Connection conn = DriverManager.getConnection(url, "sa", PASSWORD);
        Statement st = conn.createStatement()) {
      st.executeUpdate("UPDATE madoguchi.jumin SET katagaki = 'kept' WHERE atena_no = 100000001");
    }

    try (ConfigurableApplicationContext ignored = start();
        Connection conn = DriverManager.getConnection(url, "sa", PASSWORD);
        Statement st = conn.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT katagaki FROM madoguchi.jumin WHERE atena_no = 100000001")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("kept");
      assertThat(pdfs(dataDir.resolve("samples"))).isNotEmpty();
    }
  }

  private ConfigurableApplicationContext start() {
    return start("300");
  }

  private ConfigurableApplicationContext start(String residents) {
    return SpringApplication.run(
        StandaloneApplication.class,
        "--kofu.standalone.data-dir=" + dataDir.toAbsolutePath(),
        "--kofu.standalone.residents=" + residents,
        // AUTO_SERVER files need a password (./ops/start generates one)
        "--kofu.legacy.madoguchi.password=" + PASSWORD,
        "--kofu.legacy.koseki.password=" + PASSWORD);
  }

  private static List<Path> pdfs(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  private static String text(Path pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
