package org.kofu.relay.cache;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig.ReconnectMode;
import com.hazelcast.client.config.ConnectionRetryConfig;
import com.hazelcast.client.config.XmlClientConfigBuilder;
import com.hazelcast.client.config.YamlClientConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.Resource;

/**
 * The relay's client configuration: the YAML (or XML) the deployment gives, with the connection
 * strategy the relay needs whatever that file says. The relay starts without the cluster and
 * reconnects for as long as it runs (a client that gives up after a timeout, Hazelcast's behaviour
 * with a finite {@code cluster-connect-timeout-millis}, would leave the relay rendering on demand
 * until someone restarts it), and while the cluster is away calls fail at once instead of waiting
 * for it ({@link ReconnectMode#ASYNC}), each read then a miss.
 */
final class CacheClientConfigs {

  private CacheClientConfigs() {}

  static ClientConfig load(Resource file, CacheClientProperties properties, ClassLoader loader) {
    ClientConfig config = read(file);
    config.setClassLoader(loader);
    return apply(config, properties);
  }

  static ClientConfig apply(ClientConfig config, CacheClientProperties properties) {
    if (properties.clusterName() != null && !properties.clusterName().isBlank()) {
      config.setClusterName(properties.clusterName());
    }
    if (!properties.members().isEmpty()) {
      config.getNetworkConfig().setAddresses(properties.members());
    }
    ClientConnectionStrategyConfig strategy = config.getConnectionStrategyConfig();
    strategy.setAsyncStart(true);
    strategy.setReconnectMode(ReconnectMode.ASYNC);
    ConnectionRetryConfig retry = strategy.getConnectionRetryConfig();
    retry.setClusterConnectTimeoutMillis(-1);
    int maxBackoff = (int) properties.reconnectMaxBackoff().toMillis();
    retry.setMaxBackoffMillis(maxBackoff);
    retry.setInitialBackoffMillis(Math.min(retry.getInitialBackoffMillis(), maxBackoff));
    long invocationSeconds = Math.max(1, properties.invocationTimeout().toSeconds());
    config.setProperty(
        "hazelcast.client.invocation.timeout.seconds", Long.toString(invocationSeconds));
    long heartbeat = properties.heartbeatTimeout().toMillis();
    config.setProperty("hazelcast.client.heartbeat.timeout", Long.toString(heartbeat));
    config.setProperty(
        "hazelcast.client.heartbeat.interval", Long.toString(Math.max(500, heartbeat / 4)));
    return config;
  }

  private static ClientConfig read(Resource file) {
    try (InputStream in = file.getInputStream()) {
      String name = String.valueOf(file.getFilename());
      return name.endsWith(".xml")
          ? new XmlClientConfigBuilder(in).build()
          : new YamlClientConfigBuilder(in).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the cache client configuration " + file, e);
    }
  }
}
