package org.kofu.core.render.mjload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kofu.core.render.font.MjFont;

/**
 * IPAmj明朝 is read only when a certificate prints one of its glyphs (issue 22's memory target: a
 * relay that never prints one never holds it), and then once, by the first MJ certificate, whatever
 * number of threads ask for it at once. Each case in a JVM of its own ({@link MjFontLoadProbe}):
 * this test JVM has long read the font for other tests.
 */
class MjFontLoadIT {

  @Test
  void aProcessThatRendersOnlyCertificatesWithoutMjGlyphsNeverReadsIpamj() throws Exception {
    List<String> out = probe("plain");

    assertThat(out)
        .contains(
            "probe: after the warm-up: IPAmj read false",
            "probe: after 8 certificates without MJ glyphs: IPAmj read false",
            "probe: after a certificate whose only MJ-only 外字 is not printed: IPAmj read false")
        .noneMatch(line -> line.contains("IPAmj明朝 read from"));
  }

  @Test
  void theFirstMjCertificateReadsIpamjOnceEvenAskedByFourThreadsAtOnce() throws Exception {
    List<String> out = probe("mj");

    assertThat(out)
        .contains(
            "probe: after 8 certificates without MJ glyphs: IPAmj read false",
            "probe: after an MJ certificate rendered by 4 threads at once: IPAmj read true");
    assertThat(out).filteredOn(line -> line.contains("IPAmj明朝 read from")).hasSize(1);
  }

  private static List<String> probe(String mode) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Djava.awt.headless=true");
    String font = System.getProperty(MjFont.PROPERTY);
    if (font != null) {
      command.add("-D" + MjFont.PROPERTY + "=" + font);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MjFontLoadProbe.class.getName());
    command.add(mode);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    List<String> lines = new String(output, StandardCharsets.UTF_8).lines().toList();
    assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
    return lines;
  }
}
