package org.kofu.admin.cache;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientClasspathYamlConfig;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PreDestroy;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The admin's Hazelcast client, made on first use and again after a failed attempt. */
@Component
public class CacheConnection {

  private static final Logger log = LoggerFactory.getLogger(CacheConnection.class);

  private final CacheClientProperties properties;
  private HazelcastInstance client;

  CacheConnection(CacheClientProperties properties) {
    this.properties = properties;
  }

  public synchronized Optional<HazelcastInstance> client() {
    if (!properties.enabled()) {
      return Optional.empty();
    }
    if (client != null && client.getLifecycleService().isRunning()) {
      return Optional.of(client);
    }
    ClientConfig config = new ClientClasspathYamlConfig("kofu/hazelcast-client.yaml");
    config.setClusterName(properties.clusterName());
    config.setInstanceName("kofu-admin-" + System.identityHashCode(this));
    config.getNetworkConfig().setAddresses(properties.members());
    config
        .getConnectionStrategyConfig()
        .getConnectionRetryConfig()
        .setClusterConnectTimeoutMillis(properties.connectTimeout().toMillis());
    try {
      client = HazelcastClient.newHazelcastClient(config);
      return Optional.of(client);
    } catch (RuntimeException e) {
      log.warn("cache cluster {} unreachable: {}", properties.members(), e.getMessage());
      return Optional.empty();
    }
  }

  @PreDestroy
  synchronized void close() {
    if (client != null && client.getLifecycleService().isRunning()) {
      client.shutdown();
    }
  }
}
