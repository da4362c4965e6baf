package org.kofu.demodata.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The database engines the existing systems' tables can be created on. */
public enum Engine {
  POSTGRESQL("legacy/postgresql/legacy-schema.sql"),
  H2("legacy/h2/legacy-schema.sql"),
  /** Tables and the one-active-seal index only: the triggers are the existing systems' own. */
  ORACLE("legacy/oracle/legacy-schema.sql");

  private final String resource;

  Engine(String resource) {
    this.resource = resource;
  }

  /** The classpath resource holding this engine's DDL. */
  public String resource() {
    return resource;
  }

  /** Detects the engine from the connection's metadata. */
  public static Engine of(Connection conn) throws SQLException {
    String product = conn.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("oracle")) {
      return ORACLE;
    }
    throw new IllegalArgumentException("unsupported database: " + product);
  }
}
