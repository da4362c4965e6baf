package org.kofu.demodata.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.LegacyTable;
import org.kofu.demodata.schema.Engine;
import org.kofu.demodata.schema.LegacySchema;

/**
 * Loads generated data into a demo copy of the existing systems: creates the tables, writes the
 * rows phase by phase (so that foreign keys always point at committed rows), then creates the
 * journal triggers. The journal of a freshly loaded demo database is therefore empty, and every row
 * starts at version 1, as if the existing systems had just been migrated.
 */
public abstract class DemoDataLoader {

  private static final int PHASES = 3;

  /** The loader for the engine behind {@code dataSource}. */
  public static DemoDataLoader of(DataSource dataSource) throws SQLException {
    try (Connection conn = dataSource.getConnection()) {
      return Engine.of(conn) == Engine.POSTGRESQL ? new PostgresLoader() : new H2Loader();
    }
  }

  /** Loads into {@code dataSource}; refuses a database that has rows unless {@code replace}. */
  public final LoadReport load(DataSource dataSource, DemoDataGenerator generator, boolean replace)
      throws SQLException {
    long start = System.nanoTime();
    if (LegacySchema.exists(dataSource)) {
      long rows = DemoDatabase.existingRows(dataSource);
      if (rows > 0 && !replace) {
        throw new IllegalStateException(
            "the database already holds " + rows + " rows of the existing systems; use --replace");
      }
      LegacySchema.drop(dataSource);
    }
    LegacySchema.createTables(dataSource);
    Map<LegacyTable, Long> counts = new EnumMap<>(LegacyTable.class);
    for (int phase = 0; phase < PHASES; phase++) {
      int p = phase;
      List<LegacyTable> tables =
          java.util.Arrays.stream(LegacyTable.values()).filter(t -> t.phase() == p).toList();
      loadPhase(dataSource, generator, tables, counts);
    }
    LegacySchema.createTriggers(dataSource);
    afterLoad(dataSource);
    return new LoadReport(counts, Duration.ofNanos(System.nanoTime() - start));
  }

  /** Writes the rows of {@code tables} and commits them. */
  abstract void loadPhase(
      DataSource dataSource,
      DemoDataGenerator generator,
      List<LegacyTable> tables,
      Map<LegacyTable, Long> counts)
      throws SQLException;

  void afterLoad(DataSource dataSource) throws SQLException {}

  static Connection transaction(DataSource dataSource) throws SQLException {
    Connection conn = dataSource.getConnection();
    conn.setAutoCommit(false);
    return conn;
  }

  /** Runs the generator, sending the rows of {@code writers}' tables and counting them. */
  static void stream(
      DemoDataGenerator generator,
      Map<LegacyTable, TableWriter> writers,
      Map<LegacyTable, Long> counts)
      throws SQLException {
    try {
      generator.generate(
          (table, row) -> {
            TableWriter w = writers.get(table);
            if (w != null) {
              try {
                w.write(row);
              } catch (SQLException e) {
                throw new LoadFailure(e);
              }
              counts.merge(table, 1L, Long::sum);
            }
          });
    } catch (LoadFailure e) {
      throw e.getCause();
    }
    for (TableWriter w : writers.values()) {
      w.finish();
    }
  }

  /** Carries a SQLException out of the row sink, which cannot throw it. */
  private static final class LoadFailure extends RuntimeException {
    LoadFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
