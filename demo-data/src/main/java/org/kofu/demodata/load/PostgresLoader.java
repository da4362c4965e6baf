package org.kofu.demodata.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.LegacyTable;
import org.postgresql.PGConnection;

/**
 * Bulk load into PostgreSQL: each table of a phase has its own connection with a COPY running, and
 * one pass of the generator feeds them all; the phase commits when every COPY has ended.
 */
public final class PostgresLoader extends DemoDataLoader {

  @Override
  void loadPhase(
      DataSource dataSource,
      DemoDataGenerator generator,
      List<LegacyTable> tables,
      Map<LegacyTable, Long> counts)
      throws SQLException {
    List<Connection> connections = new ArrayList<>();
    try {
      Map<LegacyTable, TableWriter> writers = new EnumMap<>(LegacyTable.class);
      for (LegacyTable t : tables) {
        Connection conn = transaction(dataSource);
        connections.add(conn);
        writers.put(t, new CopyTextWriter(conn.unwrap(PGConnection.class).getCopyAPI(), t));
      }
      stream(generator, writers, counts);
      for (Connection conn : connections) {
        conn.commit();
      }
    } finally {
      for (Connection conn : connections) {
        conn.close();
      }
    }
  }

  @Override
  void afterLoad(DataSource dataSource) throws SQLException {
    try (Connection conn = dataSource.getConnection();
        Statement st = conn.createStatement()) {
      st.execute("ANALYZE");
    }
  }
}
