package org.kofu.batch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default: the project's migrations with the H2 scripts of V2_1, V2_2 and V2_4. */
class H2MigrationsTests {

  @Test
  void theBatchQuartzAndChannelTablesMigrateOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:batch-migrations;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");

    var result =
        Flyway.configure()
            .dataSource(h2)
            .locations("classpath:db/project", "classpath:db/project-h2")
            .load()
            .migrate();

    assertThat(result.success).isTrue();
    JdbcClient jdbc = JdbcClient.create(h2);
    for (String table :
        new String[] {
          "BATCH_JOB_EXECUTION", "QRTZ_TRIGGERS", "INT_CHANNEL_MESSAGE", "BATCH_JOURNAL_CURSOR"
        }) {
      assertThat(
              jdbc.sql(
                      "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = :t")
                  .param("t", table)
                  .query(Integer.class)
                  .single())
          .as(table)
          .isEqualTo(1);
    }
  }
}
