package org.kofu.demodata.schema;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 database per call, alive until the JVM ends. */
public final class H2 {

  private H2() {}

  public static DataSource fresh() {
    return new DriverManagerDataSource(
        "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }
}
