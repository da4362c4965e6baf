package org.kofu.bench.relay;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import org.kofu.bench.BenchOptions;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The existing systems of {@code ops/bench/relay}: N generated residents (today in Asia/Tokyo)
 * replacing the legacy tables of {@code --jdbc-url}, whose triggers journal the load's writes like
 * the city's systems do.
 */
public final class RelayBenchData {

  private RelayBenchData() {}

  public static int run(String[] args) throws Exception {
    Map<String, String> options = BenchOptions.parse(args);
    int residents = Integer.parseInt(options.getOrDefault("residents", "20000"));
    DataSource dataSource =
        new DriverManagerDataSource(
            options.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/kofu_bench_relay"),
            options.getOrDefault("user", "postgres"),
            options.getOrDefault("password", ""));
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
