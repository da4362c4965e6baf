package org.kofu.demodata.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the existing systems' tables ({@code madoguchi}, {@code koseki}) on PostgreSQL, H2 or
 * Oracle (where the two schemas are users a DBA creates first). Each engine's script has two parts:
 * the tables, and (after {@link #TRIGGERS_MARKER}) the triggers that bump versions and fill the
 * change journals, so that a bulk load can run between the two.
 */
public final class LegacySchema {

  /** The line that opens the triggers part in both scripts. */
  public static final String TRIGGERS_MARKER = "-- What the existing systems do on every write";

  private LegacySchema() {}

  /** Tables and triggers: what the existing systems have. */
  public static void create(DataSource dataSource) throws SQLException {
    createTables(dataSource);
    createTriggers(dataSource);
  }

  public static void createTables(DataSource dataSource) throws SQLException {
    run(dataSource, null, true);
  }

  /**
   * The tables part of {@code engine}'s script, whatever engine the connection is: how the Oracle
   * copy is checked on H2 in Oracle mode.
   */
  public static void createTables(DataSource dataSource, Engine engine) throws SQLException {
    run(dataSource, engine, true);
  }

  public static void createTriggers(DataSource dataSource) throws SQLException {
    run(dataSource, null, false);
  }

  /** Drops both schemas with everything in them (only ever on a demo copy). */
  public static void drop(DataSource dataSource) throws SQLException {
    try (Connection conn = dataSource.getConnection();
        Statement st = conn.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS madoguchi CASCADE");
      st.execute("DROP SCHEMA IF EXISTS koseki CASCADE");
    }
  }

  /** Whether either schema exists already. */
  public static boolean exists(DataSource dataSource) throws SQLException {
    try (Connection conn = dataSource.getConnection();
        ResultSet rs = conn.getMetaData().getSchemas()) {
      while (rs.next()) {
        String name = rs.getString("TABLE_SCHEM");
        if ("madoguchi".equalsIgnoreCase(name) || "koseki".equalsIgnoreCase(name)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The whole DDL script of {@code engine}, as shipped. */
  public static String script(Engine engine) {
    try (InputStream in =
        LegacySchema.class.getClassLoader().getResourceAsStream(engine.resource())) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + engine.resource());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(DataSource dataSource, Engine given, boolean tables) throws SQLException {
    try (Connection conn = dataSource.getConnection()) {
      Engine engine = given != null ? given : Engine.of(conn);
      String script = script(engine);
      int cut = script.indexOf(TRIGGERS_MARKER);
      if (cut < 0) {
        throw new IllegalStateException("no triggers part in " + engine.resource());
      }
      String part = tables ? script.substring(0, cut) : script.substring(cut);
      if (engine == Engine.POSTGRESQL) {
        // pgjdbc runs a multi-statement string and understands the $$ quoting of the functions
        try (Statement st = conn.createStatement()) {
          st.execute(part);
        }
      } else {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        ScriptUtils.executeSqlScript(
            conn, new EncodedResource(new ByteArrayResource(bytes), StandardCharsets.UTF_8));
      }
      if (!conn.getAutoCommit()) {
        conn.commit();
      }
    }
  }
}
