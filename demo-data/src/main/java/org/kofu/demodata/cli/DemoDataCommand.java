package org.kofu.demodata.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.generate.LegacyTable;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.demodata.load.LoadReport;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fills a demo copy of the existing systems' tables with generated data:
 *
 * <pre>
 * --jdbc-url URL --user U --password P --residents N --seed S --today YYYY-MM-DD --replace
 * </pre>
 *
 * Prints row counts and the elapsed time, never personal data. Exit code 0 when loaded, 1 when the
 * tables hold data and {@code --replace} is not given, 2 on bad use.
 */
@Command(name = "DemoDataCommand", description = "Generates demo data into the legacy tables.")
public final class DemoDataCommand implements Callable<Integer> {

  static final String DEFAULT_URL = "jdbc:h2:file:./kofu-data/legacy";

  @Option(names = "--jdbc-url", paramLabel = "URL", defaultValue = DEFAULT_URL)
  String jdbcUrl;

  @Option(names = "--user", paramLabel = "U", defaultValue = "")
  String user;

  @Option(names = "--password", paramLabel = "P", defaultValue = "")
  String password;

  @Option(names = "--residents", paramLabel = "N")
  int residents = GeneratorSettings.DEFAULT_RESIDENTS;

  @Option(names = "--seed", paramLabel = "S")
  long seed = GeneratorSettings.DEFAULT_SEED;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD")
  LocalDate today;

  @Option(names = "--replace", description = "replace tables that already hold data")
  boolean replace;

  private final PrintStream out;
  private final PrintStream err;

  private DemoDataCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    return new CommandLine(new DemoDataCommand(out, err))
        .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
        .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
        .execute(args);
  }

  @Override
  public Integer call() throws Exception {
    GeneratorSettings settings = new GeneratorSettings(residents, seed, today);
    DataSource dataSource = new DriverManagerDataSource(jdbcUrl, user, password);
    LoadReport report;
    try {
      report =
          DemoDataLoader.of(dataSource).load(dataSource, new DemoDataGenerator(settings), replace);
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
