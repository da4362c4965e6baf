package org.kofu.existingsystem;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.testsupport.DevCa;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** What the tests start the stand-in with: the dev CA's certificates and a small demo database. */
final class StandIn {

  static final Path TLS = DevCa.inTemporaryDirectory("standin-tls");
  static final String DB_URL = "jdbc:h2:mem:standin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  static final DataSource DB = loadDemoData();

  private StandIn() {}

  private static DataSource loadDemoData() {
    DataSource ds = new DriverManagerDataSource(DB_URL, "sa", "");
    try {
      DemoDataLoader.of(ds)
          .load(
              ds,
              new DemoDataGenerator(new GeneratorSettings(60, 12025L, LocalDate.of(2026, 12, 4))),
              false);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ds;
  }

  /** The rows' versions now, for every {@code schema.table:key} named. */
  static Map<String, Long> currentVersions(Iterable<String> rows) {
    JdbcTemplate jdbc = new JdbcTemplate(DB);
    Map<String, Long> now = new HashMap<>();
    for (String row : rows) {
      String[] parts = row.split(":", 2);
      String key =
          switch (parts[0]) {
            case "madoguchi.jumin" -> "atena_no";
            case "madoguchi.setai" -> "setai_no";
            case "madoguchi.inkan" -> "inkan_no";
            default -> throw new IllegalArgumentException(parts[0]);
          };
      jdbc.query(
          "SELECT version FROM " + parts[0] + " WHERE " + key + " = ?",
          rs -> {
            now.put(row, rs.getLong(1));
          },
          Long.parseLong(parts[1]));
    }
    return now;
  }
}
