package org.kofu.demodata.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.LegacyTable;

/** Load into H2 (the embedded default) with JDBC batch inserts, one transaction per phase. */
public final class H2Loader extends DemoDataLoader {

  private static final int BATCH = 500;

  @Override
  void loadPhase(
      DataSource dataSource,
      DemoDataGenerator generator,
      List<LegacyTable> tables,
      Map<LegacyTable, Long> counts)
      throws SQLException {
    try (Connection conn = transaction(dataSource)) {
      Map<LegacyTable, TableWriter> writers = new EnumMap<>(LegacyTable.class);
      for (LegacyTable t : tables) {
        writers.put(t, new BatchWriter(conn.prepareStatement(insert(t))));
      }
      stream(generator, writers, counts);
      conn.commit();
    }
  }

  static String insert(LegacyTable t) {
    return "INSERT INTO "
        + t.qualifiedName()
        + " ("
        + String.join(", ", t.columns())
        + ") VALUES ("
        + String.join(", ", Collections.nCopies(t.columns().size(), "?"))
        + ")";
  }

  /** Adds rows to a JDBC batch and executes it every {@value #BATCH} rows. */
  private static final class BatchWriter implements TableWriter {
    private final PreparedStatement statement;
    private int pending;

    BatchWriter(PreparedStatement statement) {
      this.statement = statement;
    }

    @Override
    public void write(Object[] row) throws SQLException {
      for (int i = 0; i < row.length; i++) {
        statement.setObject(i + 1, row[i]);
      }
      statement.addBatch();
      if (++pending >= BATCH) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void finish() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
      }
      statement.close();
    }
  }
}
