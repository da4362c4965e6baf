package org.kofu.bench.relay;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.kofu.bench.options.BenchDatabase;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The existing systems of {@code ops/bench/relay}: N generated residents (today in Asia/Tokyo)
 * replacing the legacy tables of {@code --jdbc-url}, whose triggers journal the load's writes like
 * the city's systems do.
 */
@Command(name = "relay-data", description = "the existing systems of ops/bench/relay")
public final class RelayBenchData implements Callable<Integer> {

  @Option(names = "--residents", paramLabel = "N")
  int residents = 20_000;

  @Mixin BenchDatabase database;

  @Override
  public Integer call() throws Exception {
    DataSource dataSource =
        new DriverManagerDataSource(
            database.url("jdbc:postgresql://127.0.0.1:5432/kofu_bench_relay"),
            database.user(),
            database.password());
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    DemoDataLoader.of(dataSource)
        .load(
            dataSource,
            new DemoDataGenerator(
                new GeneratorSettings(residents, GeneratorSettings.DEFAULT_SEED, today)),
            true);
    System.out.printf("relay bench: %,d residents loaded (today %s)%n", residents, today);
    return 0;
  }
}
