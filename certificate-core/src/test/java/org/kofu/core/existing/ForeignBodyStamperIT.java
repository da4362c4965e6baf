package org.kofu.core.existing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForeignBodyStamperIT {

  private static final String NUMBER = "012025-261204-000123";

  private final ForeignBodyCheck check = new ForeignBodyCheck(new SimpleMeterRegistry());
  private final ForeignBodyStamper stamper = new ForeignBodyStamper();

  @ParameterizedTest(name = "object streams: {0}")
  @ValueSource(booleans = {true, false})
  void theStampedTextLayerReadsTheDateOnItsPageAndTheNumberOnEveryPage(boolean compressed)
      throws Exception {
    CheckedBody body =
        check.check(
            ForeignPdfs.body(2, PDRectangle.A4, true, compressed),
            ForeignPdfs.SUBJECT,
            ForeignPdfs.VERSIONS);

    byte[] stamped = stamper.stamp(body, LocalDate.of(2026, 12, 4), NUMBER);

    try (PDDocument doc = Loader.loadPDF(stamped)) {
      PDFTextStripper text = new PDFTextStripper();
      text.setStartPage(1);
      text.setEndPage(1);
      String first = text.getText(doc);
      text.setStartPage(2);
      text.setEndPage(2);
      String second = text.getText(doc);
      assertThat(first).contains(NUMBER, "page 1").doesNotContain("令和8年12月4日");
      assertThat(second).contains(NUMBER, "令和8年12月4日", "page 2");
    }
    assertThat(stamped).startsWith(body.pdf());
    assertThat(popplerText(stamped)).contains(NUMBER, "令和8年12月4日");
  }

  /** Poppler's reading where installed: another reader than the one PDFBox wrote for. */
  private static String popplerText(byte[] pdf) throws Exception {
    Path tool = Path.of("/usr/bin/pdftotext");
    Assumptions.assumeTrue(Files.isExecutable(tool), "pdftotext not installed");
    Path file = Files.createTempFile("stamped", ".pdf");
    try {
      Files.write(file, pdf);
      Process p = new ProcessBuilder(tool.toString(), file.toString(), "-").start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      return text;
    } finally {
      Files.delete(file);
    }
  }

  @ParameterizedTest(name = "object streams: {0}")
  @ValueSource(booleans = {true})
  void stampingAPageTakesWellUnderAMillisecondOfCpu(boolean compressed) throws Exception {
    CheckedBody body =
        check.check(
            ForeignPdfs.body(4, PDRectangle.A4, true, compressed),
            ForeignPdfs.SUBJECT,
            ForeignPdfs.VERSIONS);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 2_000; i++) {
      stamper.stamp(body, LocalDate.of(2026, 12, 4), NUMBER);
    }
    int rounds = 2_000;
    long cpu = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < rounds; i++) {
      stamper.stamp(body, LocalDate.of(2026, 12, 4), NUMBER);
    }
    double perPageMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1_000.0 / rounds / 4;

    assertThat(perPageMicros).isLessThan(250);
  }
}
