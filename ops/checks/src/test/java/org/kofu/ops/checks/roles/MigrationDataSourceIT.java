package org.kofu.ops.checks.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The batch node as ops/deploy/batch configures it: Spring Boot's Flyway migrates as kofu_migrate
 * (spring.flyway.user) and applies grants.sql as its afterMigrate callback, in the same start,
 * while the application's own pool connects as kofu_batch and can use its tables at once.
 */
class MigrationDataSourceIT {

  @TempDir Path callbacks;

  @Test
  void flywayMigratesAsTheMigrationRoleAndTheApplicationConnectsAsItsOwn() throws Exception {
    Files.copy(ProjectDbRoles.grantScript(), callbacks.resolve("afterMigrate.sql"));
    try (ProjectDbRoles db = new ProjectDbRoles()) {
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  JdbcTemplateAutoConfiguration.class,
                  FlywayAutoConfiguration.class))
          .withPropertyValues(
              "spring.datasource.url=" + db.url(),
              "spring.datasource.username=" + ProjectDbRoles.BATCH,
              "spring.flyway.user=" + ProjectDbRoles.MIGRATE,
              "spring.flyway.password=",
              "spring.flyway.locations=classpath:db/project,classpath:db/project-{vendor},"
                  + "filesystem:"
                  + callbacks)
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("SELECT current_user", String.class))
                    .isEqualTo(ProjectDbRoles.BATCH);
                assertThat(
                        jdbc.queryForList(
                            "SELECT DISTINCT tableowner FROM pg_tables"
                                + " WHERE schemaname = 'public'",
                            String.class))
                    .containsExactly(ProjectDbRoles.MIGRATE);
                assertThat(
                        jdbc.update(
                            "INSERT INTO qrtz_locks (sched_name, lock_name)"
                                + " VALUES ('kofu', 'STATE_ACCESS')"))
                    .isEqualTo(1);
              });
    }
  }
}
