package org.kofu.batch.bench;

import com.hazelcast.core.HazelcastInstance;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.List;
import org.kofu.batch.BatchApplication;
import org.kofu.batch.testing.CacheMembers;
import org.kofu.batch.testing.Jobs;
import org.kofu.batch.testing.Legacy;
import org.kofu.cache.contract.CacheMaps;
import org.kofu.cache.internal.PersonRecord;
import org.springframework.batch.core.BatchStatus;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generates N residents into {@code kofu_bench}, runs {@code fullPregeneration} into a 2-member
 * cluster, then measures the delta lag of 1,000 changes; prints the figures as its last lines.
 * Arguments: {@code [residents] [changes]}; {@code KOFU_BENCH_PG} the server URL ending in '/'.
 */
public final class PregenerateBench {

  public static void main(String[] args) throws Exception {
    int residents = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int changes = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    String server =
        System.getenv().getOrDefault("KOFU_BENCH_PG", "jdbc:postgresql://127.0.0.1:5432/");
    var today = java.time.LocalDate.now(BatchApplication.ZONE);
    System.out.printf("loading %,d residents into kofu_bench%n", residents);
    List<String> figures = new java.util.ArrayList<>();
    try (HikariDataSource db = BenchDatabase.prepare(server, "postgres", residents, today);
        CacheMembers members = new CacheMembers(2, 2)) {
      HazelcastInstance client = members.client();
      ConfigurableApplicationContext node = startNode(server + "kofu_bench", client);
      try {
        long start = System.nanoTime();
        var run = Jobs.run(node, "fullPregeneration", Jobs.full(today, System.currentTimeMillis()));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (run.getStatus() != BatchStatus.COMPLETED) {
          throw new IllegalStateException("full run " + run.getStatus());
        }
        long bodies = 0;
        long owned = 0;
        for (HazelcastInstance member : members.members()) {
          var map = member.<String, PersonRecord>getMap(CacheMaps.BODIES);
          owned += map.getLocalMapStats().getOwnedEntryMemoryCost();
        }
        for (PersonRecord record : client.<String, PersonRecord>getMap(CacheMaps.BODIES).values()) {
          bodies += record.bodies().size();
        }
        long rawPdf = RawPdfSize.average(node, new Legacy(db).activeResidents(), 200);
        System.out.printf("full run: %,d bodies in %.1f s%n", bodies, seconds);
        List<Long> lags = DeltaLag.measure(node, db, changes, Duration.ofMillis(50));
        figures.add("pregenerate certificates/s: " + Math.round(bodies / seconds));
        figures.add("pregenerate cache bytes/certificate: " + owned / Math.max(1, bodies));
        figures.add("pregenerate raw-pdf bytes/certificate: " + rawPdf);
        figures.add("delta lag p99 ms: " + lags.get((int) Math.ceil(lags.size() * 0.99) - 1));
      } finally {
        node.close();
      }
    }
    // after every member and client has shut down and logged it: the figures are the last lines
    figures.forEach(System.out::println);
    System.exit(0);
  }

  private static ConfigurableApplicationContext startNode(String url, HazelcastInstance client) {
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
            "--kofu.cache.crypto.keys.k1=" + CacheMembers.KEY,
            "--kofu.batch.partitions=8",
            "--spring.quartz.auto-startup=false",
            "--kofu.batch.schedule.enabled=false",
            "--logging.level.org.springframework.batch=warn");
  }

  private PregenerateBench() {}
}
