package org.kofu.core.legacy;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.kofu.demodata.schema.Engine;
import org.kofu.demodata.schema.LegacySchema;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database holding the existing systems' tables with the fixture rows, on PostgreSQL (a fresh
 * {@code kofu_it_*} database), in-memory H2, or in-memory H2 in Oracle mode with the Oracle DDL.
 * The rows go in before the triggers, as existing data would be, so every row starts with the
 * version the fixture gives it.
 */
public final class LegacyDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final ScratchPostgres postgres;

  private LegacyDatabase(DataSource dataSource, ScratchPostgres postgres, Engine script)
      throws SQLException {
    this.dataSource = dataSource;
    this.postgres = postgres;
    LegacySchema.createTables(dataSource, script);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    MadoguchiFixture.insert(jdbc);
    KosekiFixture.insert(jdbc);
    LegacySchema.createTriggers(dataSource);
  }

  public static LegacyDatabase postgres() throws SQLException {
    ScratchPostgres pg = ScratchPostgres.create();
    return new LegacyDatabase(pg.dataSource(), pg, Engine.POSTGRESQL);
  }

  public static LegacyDatabase h2() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return new LegacyDatabase(new DriverManagerDataSource(url, "sa", ""), null, Engine.H2);
  }

  /**
   * H2 in Oracle compatibility mode (Oracle's parsing, types, empty string as NULL, NULLs sorted
   * last ascending) with the tables of the Oracle DDL. The Oracle DDL leaves the version and
   * journal triggers to the existing systems; the H2 copy's Java triggers stand in for them here.
   */
  public static LegacyDatabase h2OracleMode() throws SQLException {
    String url =
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    DataSource ds = new DriverManagerDataSource(url, "sa", "");
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    jdbc.execute("CREATE SCHEMA madoguchi");
    jdbc.execute("CREATE SCHEMA koseki");
    return new LegacyDatabase(ds, null, Engine.ORACLE);
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public JdbcTemplate jdbc() {
    return new JdbcTemplate(dataSource);
  }

  @Override
  public void close() throws SQLException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
