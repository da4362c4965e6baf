package org.kofu.batch.purge;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.kofu.testsupport.ScratchPostgres;

/** The purge's retention on PostgreSQL ({@link RetentionScenario}). */
class ExpiredIssuancesIT {

  @Test
  void sealedBodiesAreKeptForTheRetentionAndBodiesInClearOnlyForTheWindow() throws Exception {
    try (ScratchPostgres db = ScratchPostgres.create()) {
      Flyway.configure()
          .dataSource(db.dataSource())
          .locations("classpath:db/project", "classpath:db/project-postgresql")
          .load()
          .migrate();
      new RetentionScenario(db.dataSource()).run();
    }
  }
}
