package org.kofu.bench.render;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
    Function<CertificateContent, byte[]> stamped =
        c -> {
          RenderedBody body = renderer.render(c);
          stamper.stamp(body, today, "012025-261125-000001");
          return body.pdf();
        };
    ToIntFunction<CertificateContent> kofu = c -> stamped.apply(c).length;
    ParallelRun.warmUp(contents, plain, kofu);
    // like with like (issue 22): each MJ certificate against a partner of the same type, options,
    // persons in scope and pages without MJ glyphs, in alternating rounds after both are warm
    MjPartners pairs = MjPartners.of(contents, c -> renderer.render(c).pageCount());
    out.println("mj: " + pairs.describe());
    MjRounds mj = MjRounds.run(pairs, rounds, threads, stamped);
    AlternatingRounds<CertificateContent> turns =
        AlternatingRounds.run(contents, rounds, threads, plain, kofu);
    List<String> problems = new ArrayList<>(pairs.problems());
    problems.addAll(mj.problems());
    long mjCount = contents.stream().filter(c -> MjShare.of(c) == MjShare.Kind.MJ).count();
    if (mjCount * 10 < contents.size()) {
      problems.add("MJ certificates are under a tenth of the mix: " + mjCount);
    }
    if (pairs.mj().isEmpty()) {
      problems.add("no MJ certificate has a partner");
    }
    print(out, turns, mj, mjCount, contents.size());
    if (!problems.isEmpty()) {
      System.err.println("render: check failed: " + String.join("; ", problems));
      return 1;
    }
    return 0;
  }

  private void print(
      PrintStream out,
      AlternatingRounds<CertificateContent> turns,
      MjRounds mj,
      long mjCount,
      int count) {
    out.printf(
        "render cpu ms/certificate: baseline %.2f, project %.2f; cpu ratio %.2f   (the rendering"
            + " threads' CPU, medians of %d alternating rounds: the figure to quote)%n",
        turns.baselineCpuMsEach(), turns.projectCpuMsEach(), turns.cpuRatio(), turns.rounds());
    out.printf(
        "render mj cpu ms/certificate: %.2f, others %.2f   (the MJ certificates and their"
            + " partners, medians of %d alternating rounds)%n",
        mj.mjCpuMsEach(), mj.partnersCpuMsEach(), mj.rounds());
    out.printf(
        "render others certificates/s: %.0f   (the MJ certificates' partners: same type, options,"
            + " persons in scope and pages, no MJ glyph; mj/others = %.2f in CPU time, %.2f wall"
            + " clock, medians of %d alternating rounds; %d of %d certificates with MJ"
            + " characters)%n",
        mj.partnersPerSecond(), mj.cpuRatio(), mj.wallRatio(), mj.rounds(), mjCount, count);
    out.printf(
        "render mj certificates/s: %.0f      (certificates with MJ characters, the project's"
            + " renderer, same run)%n",
        mj.mjPerSecond());
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
