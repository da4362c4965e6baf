package org.kofu.batch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Jobs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch node as ops/deploy/batch configures it (issue 23 point 5): Flyway migrates as
 * kofu_migrate and applies ops/deploy/project-db/grants.sql as its afterMigrate callback, the node
 * connects as kofu_batch, and its jobs (Spring Batch, the partition channel, Quartz, the journal
 * cursors, the purge, the daily close, the audit chain) run with those grants alone.
 */
class BatchAsItsDatabaseRoleIT {

  private static final Path GRANTS = Path.of("../ops/deploy/project-db/grants.sql");

  @TempDir static Path callbacks;
  static BatchTestBed bed;
  static ConfigurableApplicationContext node;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(60, 1, 1);
    JdbcTemplate superuser = new JdbcTemplate(bed.legacyWriter());
    for (String role : List.of("kofu_migrate", "kofu_relay", "kofu_batch", "kofu_admin")) {
      superuser.execute(
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
              + role
              + "') THEN CREATE ROLE "
              + role
              + " LOGIN; END IF; END $$");
    }
    String database = superuser.queryForObject("SELECT current_database()", String.class);
    superuser.execute("ALTER DATABASE " + database + " OWNER TO kofu_migrate");
    Files.copy(GRANTS, callbacks.resolve("afterMigrate.sql"));
    node =
        bed.node(
            "spring.datasource.username=kofu_batch",
            "spring.flyway.user=kofu_migrate",
            "spring.flyway.password=",
            "spring.flyway.locations=classpath:db/project,classpath:db/project-{vendor},"
                + "filesystem:"
                + callbacks,
            "kofu.batch.remote-partitioning.enabled=true",
            "spring.quartz.auto-startup=true",
            "kofu.batch.schedule.enabled=true");
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  void theJobsRunAsKofuBatch() throws Exception {
    JdbcTemplate project = node.getBean(JdbcTemplate.class);
    assertThat(project.queryForObject("SELECT current_user", String.class)).isEqualTo("kofu_batch");
    assertThat(Jobs.run(node, "fullPregeneration", Jobs.full(BatchTestBed.TODAY, 1)).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(Jobs.run(node, "deltaPregeneration", Jobs.now()).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(Jobs.run(node, "purge", Jobs.now()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(Jobs.run(node, "dailyClose", Jobs.now()).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(project.queryForObject("SELECT COUNT(*) FROM qrtz_triggers", Integer.class))
        .as("the schedule registered in the clustered store")
        .isPositive();
  }
}
