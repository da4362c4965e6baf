package org.kofu.projectdb.chain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kofu.chain-check.*}: how often a role that exports {@link ChainMetrics} verifies its
 * chains (the links added since the last check).
 */
@ConfigurationProperties("kofu.chain-check")
public record ChainCheckProperties(Duration interval) {

  public ChainCheckProperties {
    if (interval == null) {
      interval = Duration.ofMinutes(15);
    }
  }
}
