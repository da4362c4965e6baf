package org.kofu.standalone.demo;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.demodata.load.DemoDatabase;
import org.kofu.demodata.load.LoadReport;
import org.kofu.standalone.StandaloneProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The demo copy of the existing systems on H2: filled with generated data on the first start, kept
 * as it is on later ones (so that changes made to it survive a restart).
 */
public final class DemoLegacyDatabase {

  private static final Logger log = LoggerFactory.getLogger(DemoLegacyDatabase.class);

  private final StandaloneProperties properties;
  private final String password;

  /**
   * @param password sa's password: the read-only sources' (the H2 file has one user)
   */
  public DemoLegacyDatabase(StandaloneProperties properties, String password) {
    this.properties = properties;
    this.password = password == null ? "" : password;
  }

  /** Loads the demo data unless the database already holds rows; returns the rows loaded. */
  public long ensureLoaded() throws SQLException {
    DataSource writable = new DriverManagerDataSource(properties.legacyUrl(), "sa", password);
    if (DemoDatabase.existingRows(writable) > 0) {
      log.info("demo data already present in {}", properties.dataDir());
      return 0;
    }
    GeneratorSettings settings =
        new GeneratorSettings(properties.residents(), properties.seed(), null);
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
