package org.kofu.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scratch project database set up as {@code ops/deploy/project-db} says, for a role's own
 * integration test: the login roles exist (cluster-wide: created when missing and left in place,
 * other tests use them too), the database is owned by {@code kofu_migrate}, and the role's Spring
 * Boot settings connect as the role while Flyway migrates as {@code kofu_migrate} with {@code
 * grants.sql} as its {@code afterMigrate} callback.
 */
public final class DeployedProjectDb {

  public static final String MIGRATE = "kofu_migrate";
  public static final List<String> ROLES =
      List.of(MIGRATE, "kofu_relay", "kofu_batch", "kofu_admin");

  private static final String GRANTS = "ops/deploy/project-db/grants.sql";

  private DeployedProjectDb() {}

  /** A new database owned by {@code kofu_migrate}, the roles made where missing. */
  public static ScratchPostgres create() throws SQLException {
    for (String role : ROLES) {
      ScratchPostgres.onServer(
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + role
              + "') THEN CREATE ROLE "
              + role
              + " LOGIN; END IF; END $$");
    }
    ScratchPostgres postgres = ScratchPostgres.create();
    ScratchPostgres.onServer("ALTER DATABASE " + postgres.name() + " OWNER TO " + MIGRATE);
    return postgres;
  }

  /**
   * The Spring Boot properties of a node connecting to {@code postgres} as {@code role}: its
   * datasource, and Flyway as {@code kofu_migrate} with the project's migrations and {@code
   * grants.sql} after them.
   */
  public static Map<String, String> properties(ScratchPostgres postgres, String role)
      throws IOException {
    Path callbacks = Files.createTempDirectory("kofu-grants");
    Files.copy(RepositoryFile.find(GRANTS), callbacks.resolve("afterMigrate.sql"));
    Map<String, String> p = new LinkedHashMap<>();
    p.put("spring.datasource.url", postgres.url());
    p.put("spring.datasource.username", role);
    p.put("spring.flyway.user", MIGRATE);
    p.put("spring.flyway.password", "");
    p.put(
        "spring.flyway.locations",
        "classpath:db/project,classpath:db/project-{vendor},filesystem:" + callbacks);
    return p;
  }
}
