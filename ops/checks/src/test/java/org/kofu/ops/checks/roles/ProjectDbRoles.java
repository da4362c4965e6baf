package org.kofu.ops.checks.roles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A throw-away project database on PostgreSQL set up as ops/deploy/project-db/README.md says: owned
 * by {@code kofu_migrate}, migrated by Flyway as that role, then {@code grants.sql} applied as that
 * role. The login roles are cluster-wide: they are created when missing and dropped when the
 * database is gone (best effort: another test's database may still hold grants for them).
 */
public final class ProjectDbRoles implements AutoCloseable {

  public static final String MIGRATE = "kofu_migrate";
  public static final String RELAY = "kofu_relay";
  public static final String BATCH = "kofu_batch";
  public static final String ADMIN = "kofu_admin";
  public static final List<String> APPLICATIONS = List.of(RELAY, BATCH, ADMIN);

  private static final String ADMIN_URL = System.getProperty("kofu.test.pg.url");
  private static final String SUPERUSER = System.getProperty("kofu.test.pg.user", "postgres");

  private final String name = "kofu_it_roles_" + UUID.randomUUID().toString().replace("-", "");
  private final List<SingleConnectionDataSource> opened = new ArrayList<>();

  public ProjectDbRoles() throws SQLException {
    if (ADMIN_URL == null) {
      throw new IllegalStateException("kofu.test.pg.url is not set (failsafe sets it)");
    }
    for (String role : concat(MIGRATE, APPLICATIONS)) {
      createRoleIfMissing(role);
    }
    superuser("CREATE DATABASE " + name + " OWNER " + MIGRATE);
  }

  public static Path grantScript() {
    String root = System.getProperty("kofu.repo.root", "../..");
    return Path.of(root).resolve("ops/deploy/project-db/grants.sql").toAbsolutePath().normalize();
  }

  /** Migrates as the migration role and applies the grant script as it. */
  public ProjectDbRoles migrateAndGrant() throws IOException, SQLException {
    Flyway.configure()
        .dataSource(as(MIGRATE))
        .locations("classpath:db/project", "classpath:db/project-postgresql")
        .load()
        .migrate();
    applyGrants();
    return this;
  }

  public void applyGrants() throws IOException, SQLException {
    try (Connection connection = as(MIGRATE).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(Files.readString(grantScript()));
    }
  }

  /** A connection of this role to the database (autocommit). */
  public DataSource as(String role) {
    SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url(), role, "", true);
    opened.add(dataSource);
    return dataSource;
  }

  public String url() {
    return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
  }

  @Override
  public void close() throws SQLException {
    opened.forEach(SingleConnectionDataSource::destroy);
    superuser("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    for (String role : concat(MIGRATE, APPLICATIONS)) {
      try {
        superuser("DROP ROLE IF EXISTS " + role);
      } catch (SQLException stillUsed) {
        // another test's database still has grants for it; that test drops it
      }
    }
  }

  private static void createRoleIfMissing(String role) throws SQLException {
    try {
      superuser(
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + role
              + "') THEN CREATE ROLE "
              + role
              + " LOGIN; END IF; END $$");
    } catch (SQLException createdMeanwhile) {
      // a test running at the same time created it
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }

  private static void superuser(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(ADMIN_URL, SUPERUSER, "");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
