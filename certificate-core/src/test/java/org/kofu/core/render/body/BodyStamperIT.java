package org.kofu.core.render.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.render.Fixtures;
import org.kofu.core.render.Rendering;

class BodyStamperIT {

  private static final RenderedBody LONG_REGISTER =
      Rendering.DEFAULT.render(Fixtures.register(CertificateType.KOSEKI_ZENBU, 30));

  private final BodyStamper stamper = new BodyStamper();

  @Test
  void bodyRecordsSubjectVersionsTimeAndPages() {
    assertThat(LONG_REGISTER.subject().type()).isEqualTo(CertificateType.KOSEKI_ZENBU);
    assertThat(LONG_REGISTER.sources().versions()).containsKey("koseki.koseki:500");
    assertThat(LONG_REGISTER.renderedAt()).isEqualTo(Rendering.CLOCK.instant());
    assertThat(LONG_REGISTER.pageCount()).isGreaterThanOrEqualTo(3);
    assertThat(LONG_REGISTER.stampSites().numbers()).hasSize(LONG_REGISTER.pageCount());
  }

  @Test
  void stampingWritesDateAndNumberOnEveryPageAndLeavesNoPlaceholder() {
    byte[] pdf = stamper.stamp(LONG_REGISTER, LocalDate.of(2027, 1, 5), "012025-270105-ABC-99");

    List<String> pages = Rendering.pages(pdf);
    assertThat(pages).hasSize(LONG_REGISTER.pageCount());
    pages.forEach(p -> assertThat(p).contains("発行番号012025-270105-ABC-99"));
    assertThat(String.join("", pages))
        .contains("令和9年1月5日")
        .doesNotContain("〓")
        .doesNotContain("■")
        .doesNotContain("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  }

  @Test
  void stampingLeavesTheBodyAsItWasAndEveryStreamValid() throws Exception {
    byte[] before = LONG_REGISTER.pdf().clone();

    byte[] pdf = stamper.stamp(LONG_REGISTER, Fixtures.DAY, Rendering.NUMBER);

    assertThat(LONG_REGISTER.pdf()).isEqualTo(before);
    assertThat(pdf).hasSameSizeAs(before);
    assertThat(inflateEveryStream(pdf)).as("streams whose Adler-32 checks").isPositive();
  }

  @Test
  void popplerExtractsTheStampedDateAndNumber(@TempDir Path dir) throws Exception {
    assumeThat(Path.of("/usr/bin/pdftotext")).exists();
    Path file = dir.resolve("c.pdf");
    Files.write(file, stamper.stamp(LONG_REGISTER, Fixtures.DAY, Rendering.NUMBER));

    Process p = new ProcessBuilder("/usr/bin/pdftotext", file.toString(), "-").start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor()).isZero();
    assertThat(text.split(Rendering.NUMBER, -1)).hasSize(LONG_REGISTER.pageCount() + 1);
    assertThat(text).contains("令和8年11月25日").contains("渡邊").contains("辻本");
  }

  @Test
  void numbersOutsideTheFormatAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> stamper.stamp(LONG_REGISTER, Fixtures.DAY, "012025-261125-42"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> stamper.stamp(LONG_REGISTER, Fixtures.DAY, "012025-261125-00004a"));
  }

  @Test
  void stampingAThousandBodiesTakesLessThanASecond() {
    RenderedBody body = Rendering.DEFAULT.render(Fixtures.tax());
    long start = System.nanoTime();
    for (int i = 0; i < 1000; i++) {
      stamper.stamp(body, Fixtures.DAY, "012025-261125-%06d".formatted(i));
    }
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
  }

  /** Inflates every zlib stream of the file; zlib checks the Adler-32 of each. */
  private static int inflateEveryStream(byte[] pdf) throws IOException, DataFormatException {
    byte[] marker = "stream\n".getBytes(StandardCharsets.US_ASCII);
    int streams = 0;
    for (int at = BodyInspector.indexOf(pdf, marker, 0);
        at >= 0;
        at = BodyInspector.indexOf(pdf, marker, at + 1)) {
      if (pdf[at - 1] == 'd' || (pdf[at + marker.length] & 0xFF) != 0x78) {
        continue;
      }
      Inflater inflater = new Inflater();
      inflater.setInput(pdf, at + marker.length, pdf.length - at - marker.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && inflater.needsInput()) {
          throw new IOException("truncated stream");
        }
        out.write(buffer, 0, n);
      }
      inflater.end();
      streams++;
    }
    return streams;
  }
}
