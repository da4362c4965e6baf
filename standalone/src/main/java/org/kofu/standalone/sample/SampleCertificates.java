package org.kofu.standalone.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.font.UndrawableCharacterException;

/**
 * Renders one certificate of each kind from the demo data, stamps it as issued today and writes it
 * as a PDF: what the embedded default shows until the relay serves the real thing.
 */
public final class SampleCertificates {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private final CertificateContentAssembler assembler;
  private final CertificateRenderer renderer;
  private final BodyStamper stamper;
  private final Clock clock;

  public SampleCertificates(
      CertificateContentAssembler assembler,
      CertificateRenderer renderer,
      BodyStamper stamper,
      Clock clock) {
    this.assembler = assembler;
    this.renderer = renderer;
    this.stamper = stamper;
    this.clock = clock;
  }

  /** Writes the samples into {@code folder}; returns the files written. */
  public List<Path> write(
      DataSource madoguchi, DataSource koseki, String municipalityCode, Path folder)
      throws IOException {
    Files.createDirectories(folder);
    LocalDate today = LocalDate.now(clock);
    List<SamplePicker.Sample> samples = new SamplePicker(madoguchi, koseki, today).pick();
    List<Path> files = new java.util.ArrayList<>();
    int sequence = 0;
    for (SamplePicker.Sample sample : samples) {
      String number = "%s-%s-%06d".formatted(municipalityCode, DAY.format(today), ++sequence);
      Path file = folder.resolve("%02d-%s.pdf".formatted(sequence, sample.name()));
      try {
        RenderedBody body = renderer.render(assembler.assemble(sample.subject()));
        Files.write(file, stamper.stamp(body, today, number));
      } catch (UndrawableCharacterException e) {
        file = folder.resolve("%02d-%s.txt".formatted(sequence, sample.name()));
        Files.writeString(file, refusal(e));
      }
      files.add(file);
    }
    return files;
  }

  /** What the relay answers a kiosk for a certificate nothing can draw, and why. */
  static String refusal(UndrawableCharacterException e) {
    return """
        Not issued: the relay answers this certificate with
          HTTP 422 {"reason":"NOT_ISSUABLE","cause":"UNPRINTABLE_CHARACTER"}
        and the kiosk's menu lists the type unavailable for that reason.
        Undrawable: %s in %s (no font draws it, or a 外字 without a gaiji row).
        """
        .formatted(e.codePoints(), e.source());
  }

  /** Prints where the samples are, for the person who ran the start command. */
  public static void report(List<Path> files, Path folder, PrintStream out) {
    out.printf("%n%d sample certificates in %s%n", files.size(), folder.toAbsolutePath());
    for (Path f : files) {
      out.printf("  %s%n", f.getFileName());
    }
  }
}
