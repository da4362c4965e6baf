package org.kofu.admin.browser;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientClasspathYamlConfig;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kofu.cache.member.CacheMemberProperties;
import org.kofu.cache.member.MemberConfigs;

/**
 * Real cache members on loopback from cache-cluster's production YAML, as its own tests start them:
 * a cluster name of their own, free ports; {@link #close()} terminates all.
 */
final class TestCacheCluster implements AutoCloseable {

  private final String clusterName = "kofu-admin-test-" + UUID.randomUUID();
  private final List<HazelcastInstance> started = new ArrayList<>();
  private final List<String> addresses = new ArrayList<>();

  TestCacheCluster(int count) {
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ports.add(freePort());
    }
    ports.forEach(p -> addresses.add("127.0.0.1:" + p));
    for (int i = 0; i < count; i++) {
      Config config =
          MemberConfigs.load(
              new CacheMemberProperties(
                  CacheMemberProperties.DEFAULT_CONFIG,
                  clusterName,
                  ports.get(i),
                  addresses,
                  count));
      config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
      config.setProperty("hazelcast.max.join.seconds", "3");
      config.setProperty("hazelcast.partition.count", "31");
      started.add(Hazelcast.newHazelcastInstance(config));
    }
  }

  String clusterName() {
    return clusterName;
  }

  List<String> addresses() {
    return addresses;
  }

  HazelcastInstance client() {
    ClientConfig config = new ClientClasspathYamlConfig("kofu/hazelcast-client.yaml");
    config.setClusterName(clusterName);
    config.getNetworkConfig().setAddresses(addresses);
    HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
    started.add(client);
    return client;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      if (started.get(i).getLifecycleService().isRunning()) {
        started.get(i).getLifecycleService().terminate();
      }
    }
  }
}
