package org.kofu.projectdb.chain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kofu.chain-check.*}: how often a role that exports {@link ChainMetrics} verifies its
 * chains. A verification reads the whole chain, so keep it minutes apart.
 */
@ConfigurationProperties("kofu.chain-check")
public record ChainCheckProperties(Duration interval) {

  public ChainCheckProperties {
    if (interval == null) {
      interval = Duration.ofMinutes(15);
    }
  }
}
