package org.kofu.standalone.demo;

import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.demodata.load.DemoDatabase;
import org.kofu.demodata.load.LoadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo copy of the existing systems on H2: filled with generated data on the first start, kept
 * as it is on later ones (so that changes made to it survive a restart).
 */
public final class DemoLegacyDatabase {

  private static final Logger log = LoggerFactory.getLogger(DemoLegacyDatabase.class);

  private final String url;
  private final String password;
  private final Path dataDir;
  private final GeneratorSettings settings;

  /**
   * @param url the H2 database that stands in for both existing systems
   * @param password sa's password: the read-only sources' (the H2 file has one user)
   * @param dataDir where the H2 databases live, for the log
   * @param residents how many residents the demo data has
   * @param seed the demo data's seed
   */
  public DemoLegacyDatabase(String url, String password, Path dataDir, int residents, long seed) {
    this.url = url;
    this.password = password == null ? "" : password;
    this.dataDir = dataDir;
    this.settings = new GeneratorSettings(residents, seed, null);
  }

  /** Loads the demo data unless the database already holds rows; returns the rows loaded. */
  public long ensureLoaded() throws SQLException {
    DataSource writable = new DriverManagerDataSource(url, "sa", password);
    if (DemoDatabase.existingRows(writable) > 0) {
      log.info("demo data already present in {}", dataDir);
      return 0;
    }
    LoadReport report =
        DemoDataLoader.of(writable).load(writable, new DemoDataGenerator(settings), false);
    log.info(
        "demo data: {} residents, {} rows in {} ms",
        settings.residents(),
        report.totalRows(),
        report.elapsed().toMillis());
    return report.totalRows();
  }
}
