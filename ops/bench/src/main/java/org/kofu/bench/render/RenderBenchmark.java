package org.kofu.bench.render;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.kofu.bench.options.BenchDatabase;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.PlainJasperBaseline;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.RenderedBody;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Renders the same mix of all seven certificate types, read from PostgreSQL, with plain
 * JasperReports and with the project's renderer, on the same number of threads in one run, in
 * alternating rounds ({@link AlternatingRounds}), and prints the three lines the foundation issue
 * asks for, as medians, after the CPU-time ratio.
 */
@Command(name = "render", description = "plain JasperReports against the project's renderer")
public final class RenderBenchmark implements Callable<Integer> {

  @Option(names = "--residents", paramLabel = "N")
  int residents = 20_000;

  @Option(names = "--threads", paramLabel = "N")
  int threads = 2;

  @Option(names = "--rounds", paramLabel = "N", description = "alternating rounds (default 5)")
  int rounds = 5;

  @Mixin BenchDatabase database;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream out = System.out;
    List<CertificateContent> contents;
    try (HikariDataSource db = database.readPool("jdbc:postgresql://127.0.0.1:5432/kofu_bench")) {
      long start = System.nanoTime();
      CertificateContentAssembler assembler =
          new CertificateContentAssembler(new MadoguchiReader(db), new KosekiReader(db));
      contents = SubjectMix.contents(db, assembler, residents);
      out.printf(
          "read %d certificates' content in %.1f s; mix: %s%n",
          contents.size(), (System.nanoTime() - start) / 1e9, SubjectMix.describe(contents));
    }
    CertificateRenderer renderer =
        new CertificateRenderer(
            CertificateProperties.defaults(), Clock.system(ZoneId.of("Asia/Tokyo")));
    PlainJasperBaseline baseline = new PlainJasperBaseline();
    BodyStamper stamper = new BodyStamper();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    ToIntFunction<CertificateContent> plain = c -> baseline.render(c).length;
    ToIntFunction<CertificateContent> kofu =
        c -> {
          RenderedBody body = renderer.render(c);
          stamper.stamp(body, today, "012025-261125-000001");
          return body.pdf().length;
        };
    ParallelRun.warmUp(contents, plain, kofu);
    // the MJ certificates first, while their IPAmj subsets are still to be made (the renderer keeps
    // the last 1,024), then the others right after them: the pair is the ratio to trust
    List<CertificateContent> mj =
        contents.stream().filter(c -> MjShare.of(c) == MjShare.Kind.MJ).toList();
    List<CertificateContent> others =
        contents.stream().filter(c -> MjShare.of(c) != MjShare.Kind.MJ).toList();
    ParallelRun.Result ofMj = ParallelRun.measure(mj, threads, kofu);
    ParallelRun.Result ofOthers = ParallelRun.measure(others, threads, kofu);
    AlternatingRounds<CertificateContent> turns =
        AlternatingRounds.run(contents, rounds, threads, plain, kofu);
    print(out, turns, ofMj, ofOthers, mj.size(), contents.size());
    return 0;
  }

  private void print(
      PrintStream out,
      AlternatingRounds<CertificateContent> turns,
      ParallelRun.Result ofMj,
      ParallelRun.Result ofOthers,
      int mjCount,
      int count) {
    out.printf(
        "render cpu ms/certificate: baseline %.2f, project %.2f; cpu ratio %.2f   (the rendering"
            + " threads' CPU, medians of %d alternating rounds: the figure to quote)%n",
        turns.baselineCpuMsEach(), turns.projectCpuMsEach(), turns.cpuRatio(), turns.rounds());
    out.printf(
        "render others certificates/s: %.0f   (the rest of the mix alone; mj/others = %.2f, %d of"
            + " %d certificates with MJ characters)%n",
        ofOthers.perSecond(), ofMj.perSecond() / ofOthers.perSecond(), mjCount, count);
    out.printf(
        "render mj certificates/s: %.0f      (certificates with MJ characters, the project's"
            + " renderer, same run)%n",
        ofMj.perSecond());
    out.printf(
        "render baseline certificates/s: %.0f   (plain JasperReports fill+export, template compiled"
            + " once, %d threads, median of %d alternating rounds)%n",
        turns.baselinePerSecond(), threads, turns.rounds());
    out.printf(
        "render certificates/s: %.0f            (the project's renderer, %d threads, same data, same"
            + " run, median of %d alternating rounds)%n",
        turns.projectPerSecond(), threads, turns.rounds());
    out.printf(
        "render avg-bytes: %d                 (average body size of the project's renderer)%n",
        turns.projectAverageBytes());
  }
}
