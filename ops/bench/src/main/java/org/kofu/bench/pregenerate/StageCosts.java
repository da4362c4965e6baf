package org.kofu.bench.pregenerate;

import com.hazelcast.core.HazelcastInstance;
import com.sun.management.OperatingSystemMXBean;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.kofu.batch.BatchApplication;
import org.kofu.batch.cachewrite.CacheWriter;
import org.kofu.batch.cachewrite.PersonProcessor;
import org.kofu.batch.cachewrite.PersonWork;
import org.kofu.batch.dictionary.DictionaryBootstrap;
import org.kofu.batch.eligibility.EligibilityPlanner;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.cache.contract.CacheProperties;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.contract.NewBody;
import org.kofu.cache.testing.TestCluster;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where a pre-generated body's CPU goes: the same residents run through growing parts of the full
 * run's work on 2 threads — render only (as served, the baseline's work), render for the cache
 * (streams stored, as the run renders), encode only, plan + read + render + encode ({@code
 * PersonProcessor}), and that plus the cache write ({@code CacheWriter}) — and each part's rate and
 * CPU of this process per body (members, client, GC and JIT included; PostgreSQL not). The
 * differences are what reading and writing add to rendering; the cache write is also measured on
 * its own (bodies processed beforehand) and its zstd compression alone. A dictionary is trained and
 * activated first, as the full run's first step does: without one every body is compressed, sealed
 * and shipped at eight times its size. Rounds repeat so that the JIT settles; the last round is the
 * figure. Arguments: {@code [residents] [rounds]}.
 */
public final class StageCosts {

  private static final int THREADS = 2;

  private StageCosts() {}

  public static void main(String[] args) {
    try {
      run(
          args.length > 0 ? Integer.parseInt(args[0]) : 10_000,
          args.length > 1 ? Integer.parseInt(args[1]) : 6);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static void run(int residents, int rounds) throws Exception {
    String server =
        System.getenv().getOrDefault("KOFU_BENCH_PG", "jdbc:postgresql://127.0.0.1:5432/");
    LocalDate today = LocalDate.now(BatchApplication.ZONE);
    List<String> figures = new ArrayList<>();
    try (HikariDataSource db = BenchDatabase.prepare(server, "postgres", residents, today);
        TestCluster members = new TestCluster(2)) {
      members.startMembers(2);
      HazelcastInstance client = members.client();
      ConfigurableApplicationContext node =
          PregenerateBench.startNode(server + "kofu_bench_pregenerate", client);
      try {
        Parts parts = new Parts(node, new Legacy(db).activeResidents(), today);
        System.out.printf(
            "sample: %,d residents, %,d bodies, encoded %,d bytes and compressed %,d bytes a body%n",
            parts.residents.size(),
            parts.contents.size(),
            parts.payloads.stream().mapToLong(p -> p.length).sum() / parts.payloads.size(),
            parts.payloads.stream()
                    .mapToLong(p -> parts.compressor.compress(p).bytes().length)
                    .sum()
                / parts.payloads.size());
        for (int round = 1; round <= rounds; round++) {
          figures = parts.round();
          System.out.println("round " + round + ": " + String.join("; ", figures));
        }
      } finally {
        node.close();
      }
    }
    figures.forEach(f -> System.out.println("stage " + f));
  }

  /** The sampled residents, their contents and bodies, and the beans that process them. */
  private static final class Parts {
    final List<Long> residents = new ArrayList<>();
    final List<CertificateContent> contents = new ArrayList<>();
    final List<RenderedBody> rendered = new ArrayList<>();
    final CertificateRenderer renderer;
    final PersonProcessor processor;
    final CacheWriter writer;
    final BodyCompressor compressor;
    final List<Optional<PersonWork>> works = new ArrayList<>();
    final List<byte[]> payloads = new ArrayList<>();

    Parts(ConfigurableApplicationContext node, List<Long> active, LocalDate today) {
      EligibilityPlanner planner = node.getBean(EligibilityPlanner.class);
      CertificateContentAssembler assembler = node.getBean(CertificateContentAssembler.class);
      renderer = node.getBean(CertificateRenderer.class);
      processor = new PersonProcessor(planner, assembler, renderer, Clock.systemUTC(), () -> today);
      writer = new CacheWriter(node.getBean(CertificateCache.class));
      int stride = Math.max(1, active.size() / 1_000);
      for (int i = 0; i < active.size(); i += stride) {
        residents.add(active.get(i));
        for (CertificateSubject subject : planner.plan(active.get(i), today).issuable()) {
          try {
            contents.add(assembler.assemble(subject));
          } catch (MissingRecordException e) {
            // the full run skips these too
          }
        }
      }
      contents.forEach(c -> rendered.add(renderer.renderForCache(c)));
      ClusterDictionaries dictionaries = node.getBean(ClusterDictionaries.class);
      new DictionaryBootstrap(dictionaries, renderer).ensure();
      compressor =
          new BodyCompressor(dictionaries, node.getBean(CacheProperties.class).compressionLevel());
      for (int i = 0; i < residents.size(); i++) {
        works.add(process(i));
      }
      works.forEach(
          w -> w.ifPresent(p -> p.bodies().stream().map(NewBody::payload).forEach(payloads::add)));
    }

    List<String> round() throws Exception {
      int bodies = contents.size();
      return List.of(
          measure("render", bodies, contents.size(), i -> renderer.render(contents.get(i))),
          measure(
              "render for cache",
              bodies,
              contents.size(),
              i -> renderer.renderForCache(contents.get(i))),
          measure(
              "encode", bodies, rendered.size(), i -> RenderedBodyCodec.encode(rendered.get(i))),
          measure("plan+read+render+encode", bodies, residents.size(), i -> process(i)),
          measure(
              "that+cache write",
              bodies,
              residents.size(),
              i -> process(i).ifPresent(writer::write)),
          measure(
              "cache write alone",
              bodies,
              works.size(),
              i -> works.get(i).ifPresent(writer::write)),
          measure(
              "compress alone",
              payloads.size(),
              payloads.size(),
              i -> compressor.compress(payloads.get(i))));
    }

    /** The person's work; empty when the step would skip the person. */
    private Optional<PersonWork> process(int i) {
      try {
        return Optional.of(processor.process(residents.get(i)));
      } catch (MissingRecordException e) {
        return Optional.empty();
      }
    }
  }

  /** Runs {@code work} for indexes 0..n-1 on 2 threads; the rate and CPU per body. */
  private static String measure(String part, int bodies, int n, IntConsumer work) throws Exception {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      OnThreads.run(pool, THREADS, n, work);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
      return String.format(
          "%s %.0f bodies/s, %.2f ms CPU/body", part, bodies / seconds, cpuMs / bodies);
    } finally {
      pool.shutdown();
    }
  }
}
