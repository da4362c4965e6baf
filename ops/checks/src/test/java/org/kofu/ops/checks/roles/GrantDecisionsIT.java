package org.kofu.ops.checks.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every table the migrations make has a decision in ops/deploy/project-db/grants.sql, so a
 * migration adding a table fails here until its grants are decided; the script can be run again.
 */
class GrantDecisionsIT {

  @Test
  void everyTableHasADecisionAndANewOneHasNone() throws Exception {
    try (ProjectDbRoles db = new ProjectDbRoles().migrateAndGrant()) {
      String script = Files.readString(ProjectDbRoles.grantScript());
      assertThat(GrantDecisions.undecided(db.as(ProjectDbRoles.MIGRATE), script))
          .as("tables without a decision in grants.sql (a GRANT, or the no-role REVOKE)")
          .isEmpty();
      assertThat(GrantDecisions.noRole(script))
          .containsExactlyInAnyOrder("flyway_schema_history", "certificate_number");

      new JdbcTemplate(db.as(ProjectDbRoles.MIGRATE)).execute("CREATE TABLE added_later (id INT)");
      db.applyGrants();
      assertThat(GrantDecisions.undecided(db.as(ProjectDbRoles.MIGRATE), script))
          .containsExactly("added_later");
    }
  }

  @Test
  void runningTheScriptAgainChangesNoPrivilege() throws Exception {
    try (ProjectDbRoles db = new ProjectDbRoles().migrateAndGrant()) {
      List<Map<String, Object>> once = privileges(db);
      db.applyGrants();
      assertThat(privileges(db)).isEqualTo(once).isNotEmpty();
    }
  }

  private static List<Map<String, Object>> privileges(ProjectDbRoles db) {
    return new JdbcTemplate(db.as(ProjectDbRoles.MIGRATE))
        .queryForList(
            "SELECT grantee, table_name, NULL AS column_name, privilege_type"
                + " FROM information_schema.role_table_grants WHERE table_schema = 'public'"
                + " UNION ALL SELECT grantee, table_name, column_name, privilege_type"
                + " FROM information_schema.column_privileges WHERE table_schema = 'public'"
                + " UNION ALL SELECT array_to_string(roles, ','), tablename, policyname, cmd"
                + " FROM pg_policies WHERE schemaname = 'public'"
                + " ORDER BY 1, 2, 3, 4");
  }
}
