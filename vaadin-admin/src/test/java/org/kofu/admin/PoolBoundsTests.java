package org.kofu.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kofu.core.legacy.JdbcTimeouts;
import org.kofu.core.legacy.ProjectPoolTimeouts;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/** Issue 23 point 9: the admin's project database pool, as shipped, bounds every call. */
class PoolBoundsTests {

  @Test
  void theShippedConfigurationBoundsTheProjectPool() throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));

    JdbcTimeouts bounds =
        ProjectPoolTimeouts.of(environment, "kofu.admin.project-db.timeouts").timeouts();

    assertThat(bounds.connect()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(5));
    assertThat(bounds.socket()).isPositive();
    assertThat(bounds.statement()).isPositive().isLessThanOrEqualTo(bounds.socket());
  }
}
