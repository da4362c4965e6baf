package org.kofu.relay.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig.ReconnectMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Whatever the client YAML says (the shipped one gives up after 30 s and waits for the cluster at
 * start, as the batch wants), the relay's client starts without the cluster and retries for as long
 * as it runs, with its calls bounded.
 */
class CacheClientConfigsTests {

  private static final CacheClientProperties PROPERTIES =
      new CacheClientProperties(
          "kofu-cache-x",
          List.of("10.0.0.1:5701", "10.0.0.2:5701"),
          Duration.ofMillis(2500),
          Duration.ofSeconds(8),
          Duration.ofSeconds(4),
          Duration.ofSeconds(1),
          Duration.ofSeconds(1),
          64);

  @Test
  void theRelaysClientStartsWithoutTheClusterAndNeverGivesUp() {
    ClientConfig config =
        CacheClientConfigs.load(
            new ClassPathResource("kofu/hazelcast-client.yaml"),
            PROPERTIES,
            getClass().getClassLoader());

    ClientConnectionStrategyConfig strategy = config.getConnectionStrategyConfig();
    assertThat(strategy.isAsyncStart()).isTrue();
    assertThat(strategy.getReconnectMode()).isEqualTo(ReconnectMode.ASYNC);
    assertThat(strategy.getConnectionRetryConfig().getClusterConnectTimeoutMillis()).isEqualTo(-1);
    assertThat(strategy.getConnectionRetryConfig().getMaxBackoffMillis()).isEqualTo(4000);
    // whole seconds, rounded down: the bound stays inside what was asked
    assertThat(config.getProperty("hazelcast.client.invocation.timeout.seconds")).isEqualTo("2");
    assertThat(config.getProperty("hazelcast.client.heartbeat.timeout")).isEqualTo("8000");
    assertThat(config.getProperty("hazelcast.client.heartbeat.interval")).isEqualTo("2000");
    assertThat(config.getClusterName()).isEqualTo("kofu-cache-x");
    assertThat(config.getNetworkConfig().getAddresses())
        .containsExactly("10.0.0.1:5701", "10.0.0.2:5701");
    // the YAML's serializers stay
    assertThat(config.getSerializationConfig().getCompactSerializationConfig()).isNotNull();
  }

  @Test
  void withoutOverridesTheYamlsClusterAndMembersStay() {
    ClientConfig config =
        CacheClientConfigs.load(
            new ClassPathResource("kofu/hazelcast-client.yaml"),
            new CacheClientProperties(
                null,
                null,
                Duration.ofSeconds(3),
                Duration.ofSeconds(10),
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                64),
            getClass().getClassLoader());

    assertThat(config.getClusterName()).isEqualTo("kofu-cache");
    assertThat(config.getNetworkConfig().getAddresses()).containsExactly("127.0.0.1:5701");
    assertThat(config.getConnectionStrategyConfig().isAsyncStart()).isTrue();
  }
}
