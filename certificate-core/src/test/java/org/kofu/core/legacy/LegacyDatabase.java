package org.kofu.core.legacy;

import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.kofu.demodata.schema.LegacySchema;
import org.kofu.demodata.testdb.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database holding the existing systems' tables with the fixture rows, on PostgreSQL (a fresh
 * {@code kofu_it_*} database) or in-memory H2. The rows go in before the triggers, as existing data
 * would be, so every row starts with the version the fixture gives it.
 */
public final class LegacyDatabase implements AutoCloseable {

  private final DataSource dataSource;
  private final ScratchPostgres postgres;

  private LegacyDatabase(DataSource dataSource, ScratchPostgres postgres) throws SQLException {
    this.dataSource = dataSource;
    this.postgres = postgres;
    LegacySchema.createTables(dataSource);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    MadoguchiFixture.insert(jdbc);
    KosekiFixture.insert(jdbc);
    LegacySchema.createTriggers(dataSource);
  }

  public static LegacyDatabase postgres() throws SQLException {
    ScratchPostgres pg = ScratchPostgres.create();
    return new LegacyDatabase(pg.dataSource(), pg);
  }

  public static LegacyDatabase h2() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    return new LegacyDatabase(new DriverManagerDataSource(url, "sa", ""), null);
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
