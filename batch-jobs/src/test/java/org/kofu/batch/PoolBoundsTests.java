package org.kofu.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kofu.core.legacy.JdbcTimeouts;
import org.kofu.core.legacy.ProjectPoolTimeouts;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Issue 23 point 9: every pool of a batch node, as shipped, bounds connect, reads and statements.
 */
class PoolBoundsTests {

  @Test
  void theShippedConfigurationBoundsEveryPool() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader()
        .load("application", new ClassPathResource("application.yml"))
        .forEach(environment.getPropertySources()::addLast);

    JdbcTimeouts project =
        ProjectPoolTimeouts.of(environment, "kofu.batch.project-db.timeouts").timeouts();
    JdbcTimeouts legacy =
        Binder.get(environment).bind("kofu.legacy.timeouts", JdbcTimeouts.class).get();

    for (JdbcTimeouts bounds : new JdbcTimeouts[] {project, legacy}) {
      assertThat(bounds.connect()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
      assertThat(bounds.socket()).isPositive();
      assertThat(bounds.statement()).isPositive().isLessThanOrEqualTo(bounds.socket());
    }
  }
}
