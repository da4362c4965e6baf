package org.kofu.demodata.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.generate.LegacyTable;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.demodata.load.LoadReport;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Fills a demo copy of the existing systems' tables with generated data:
 *
 * <pre>
 * --jdbc-url URL --user U --password P --residents N --seed S --today YYYY-MM-DD --replace
 * </pre>
 *
 * Prints row counts and the elapsed time, never personal data.
 */
public final class DemoDataCommand {

  static final String DEFAULT_URL = "jdbc:h2:file:./kofu-data/legacy";

  private DemoDataCommand() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Map<String, String> options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(Options.USAGE);
      return 2;
    }
    GeneratorSettings settings =
        new GeneratorSettings(
            Integer.parseInt(
                options.getOrDefault(
                    "residents", Integer.toString(GeneratorSettings.DEFAULT_RESIDENTS))),
            Long.parseLong(
                options.getOrDefault("seed", Long.toString(GeneratorSettings.DEFAULT_SEED))),
            options.containsKey("today") ? LocalDate.parse(options.get("today")) : null);
    DataSource dataSource =
        new DriverManagerDataSource(
            options.getOrDefault("jdbc-url", DEFAULT_URL),
            options.getOrDefault("user", ""),
            options.getOrDefault("password", ""));
    LoadReport report;
    try {
      report =
          DemoDataLoader.of(dataSource)
              .load(dataSource, new DemoDataGenerator(settings), options.containsKey("replace"));
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      return 1;
    }
    out.printf(
        "generated %d residents (seed %d, as of %s)%n",
        settings.residents(), settings.seed(), settings.today());
    for (LegacyTable t : LegacyTable.values()) {
      out.printf("%-24s %,10d rows%n", t.qualifiedName(), report.rows(t));
    }
    out.printf(
        "loaded %,d rows in %.1f s%n", report.totalRows(), report.elapsed().toMillis() / 1000.0);
    return 0;
  }
}
