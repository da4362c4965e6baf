package org.kofu.bench.pregenerate;

import com.hazelcast.core.HazelcastInstance;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import org.kofu.batch.BatchApplication;
import org.kofu.batch.testing.Jobs;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.contract.CacheMaps;
import org.kofu.cache.internal.PersonRecord;
import org.kofu.cache.testing.TestCluster;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generates N residents into {@code kofu_bench_pregenerate}, runs {@code fullPregeneration} into a
 * 2-member cluster, then measures the delta lag of 1,000 changes; prints the figures as its last
 * lines. Arguments: {@code [residents] [changes]}; {@code KOFU_BENCH_PG} the server URL ending in
 * '/'.
 */
public final class PregenerateBench {

  public static void main(String[] args) {
    int missing;
    try {
      missing = run(args);
    } catch (Throwable e) {
      e.printStackTrace();
      // members, clients and the delta thread would keep the JVM alive
      System.exit(1);
      return;
    }
    // changes that never became fresh: figures that would flatter, so the bench fails
    System.exit(missing == 0 ? 0 : 2);
  }

  /** Prints the figures; answers how many changes never became fresh. */
  private static int run(String[] args) throws Exception {
    int residents = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int changes = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    String server =
        System.getenv().getOrDefault("KOFU_BENCH_PG", "jdbc:postgresql://127.0.0.1:5432/");
    var today = java.time.LocalDate.now(BatchApplication.ZONE);
    System.out.printf("loading %,d residents into kofu_bench_pregenerate%n", residents);
    List<String> figures = new java.util.ArrayList<>();
    LagFigures lags;
    try (HikariDataSource db = BenchDatabase.prepare(server, "postgres", residents, today);
        TestCluster members = new TestCluster(2)) {
      members.startMembers(2);
      HazelcastInstance client = members.client();
      ConfigurableApplicationContext node = startNode(server + "kofu_bench_pregenerate", client);
      try {
        List<Long> active = new Legacy(db).activeResidents();
        // measured before and after the full run, on a machine whose load changes by the minute
        double renderBefore = RenderRate.measure(node, active, today, 3_000);
        System.out.printf("plain render before the full run: %.0f certificates/s%n", renderBefore);
        long start = System.nanoTime();
        var run = Jobs.run(node, "fullPregeneration", Jobs.full(today, System.currentTimeMillis()));
        double total = (System.nanoTime() - start) / 1e9;
        if (run.getStatus() != BatchStatus.COMPLETED) {
          throw new IllegalStateException("full run " + run.getStatus());
        }
        double seconds = partitionSeconds(run, total);
        long bodies = 0;
        long owned = 0;
        for (HazelcastInstance member : members.members()) {
          var map = member.<String, PersonRecord>getMap(CacheMaps.BODIES);
          owned += map.getLocalMapStats().getOwnedEntryMemoryCost();
        }
        for (PersonRecord record : client.<String, PersonRecord>getMap(CacheMaps.BODIES).values()) {
          bodies += record.bodies().size();
        }
        double renderAfter = RenderRate.measure(node, active, today, 3_000);
        System.out.printf("plain render after the full run: %.0f certificates/s%n", renderAfter);
        double renderRate = (renderBefore + renderAfter) / 2;
        long rawPdf = RawPdfSize.average(node, active, 200);
        System.out.printf("full run: %,d bodies in %.1f s%n", bodies, seconds);
        lags = DeltaLag.measure(node, db, changes, Duration.ofMillis(50));
        figures.add(
            String.format(
                "render certificates/s: %.0f   (the project's renderer alone, the cache form the batch"
                    + " stores, %d threads, same data, same run, mean of before and after the full"
                    + " run; pregenerate/render ="
                    + " %.0f %%)",
                renderRate, RenderRate.THREADS, 100 * bodies / seconds / renderRate));
        figures.add("pregenerate certificates/s: " + Math.round(bodies / seconds));
        figures.add("pregenerate cache bytes/certificate: " + owned / Math.max(1, bodies));
        figures.add("pregenerate raw-pdf bytes/certificate: " + rawPdf);
        figures.addAll(lags.lines());
      } finally {
        node.close();
      }
    }
    // after every member and client has shut down and logged it: the figures are the last lines
    figures.forEach(System.out::println);
    return lags.missing();
  }

  /**
   * The partitioned step's time: the dictionary is trained once, on the first run only (a nightly
   * run finds it), and the sweep renders nothing; both are printed.
   */
  private static double partitionSeconds(JobExecution run, double total) {
    double seconds = seconds(run, "fullPregenerationPartitions");
    System.out.printf(
        "full run: %.1f s (ensureDictionary %.1f s, partitions %.1f s, sweep %.1f s)%n",
        total, seconds(run, "ensureDictionary"), seconds, seconds(run, "sweepFormerResidents"));
    return seconds;
  }

  private static double seconds(JobExecution run, String step) {
    return run.getStepExecutions().stream()
        .filter(s -> s.getStepName().equals(step))
        .findFirst()
        .map(s -> Duration.between(s.getStartTime(), s.getEndTime()).toMillis() / 1e3)
        .orElse(0.0);
  }

  static ConfigurableApplicationContext startNode(String url, HazelcastInstance client) {
    return new SpringApplicationBuilder(BatchApplication.class)
        .initializers(c -> c.getBeanFactory().registerSingleton("hazelcastInstance", client))
        .run(
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
            "--kofu.legacy.madoguchi.url=" + url,
            "--kofu.legacy.madoguchi.username=postgres",
            "--kofu.legacy.koseki.url=" + url,
            "--kofu.legacy.koseki.username=postgres",
            "--kofu.cache.crypto.active-key-id=k1",
            "--kofu.cache.crypto.keys.k1=" + TestCluster.KEY_1,
            "--kofu.batch.threads=" + System.getProperty("kofu.bench.threads", "3"),
            "--kofu.batch.partitions=" + System.getProperty("kofu.bench.partitions", "32"),
            "--kofu.batch.chunk-size=" + System.getProperty("kofu.bench.chunk-size", "20"),
            // service hours around the clock: the continuous delta polls whenever the bench runs
            "--kofu.batch.schedule.delta=* * * * * ?",
            "--spring.quartz.auto-startup=false",
            "--kofu.batch.schedule.enabled=false",
            "--kofu.embedded-default=true",
            "--logging.level.org.springframework.batch=warn");
  }

  private PregenerateBench() {}
}
