package org.kofu.batch.purge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The purge's retention on H2, the embedded default ({@link RetentionScenario}). */
class ExpiredIssuancesTests {

  @Test
  void sealedBodiesAreKeptForTheRetentionAndBodiesInClearOnlyForTheWindow() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:purge-retention;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure()
        .dataSource(h2)
        .locations("classpath:db/project", "classpath:db/project-h2")
        .load()
        .migrate();
    new RetentionScenario(h2).run();
  }

  @Test
  void theRetentionIsNeverShorterThanTheWindow() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    assertThat(validator.validate(new PurgeProperties(Duration.ofDays(2), Duration.ofDays(365))))
        .isEmpty();
    assertThat(validator.validate(new PurgeProperties(Duration.ofDays(2), Duration.ofDays(1))))
        .hasSize(1);
  }
}
