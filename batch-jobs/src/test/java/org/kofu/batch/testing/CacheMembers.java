package org.kofu.batch.testing;

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
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.kofu.cache.member.CacheMemberProperties;
import org.kofu.cache.member.MemberConfigs;

/**
 * Real cache members on loopback from the production YAML, as cache-cluster's own tests start them:
 * a cluster name of their own, free ports; {@link #close()} terminates all.
 */
public final class CacheMembers implements AutoCloseable {

  public static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private final String clusterName = "kofu-batch-test-" + UUID.randomUUID();
  private final List<HazelcastInstance> members = new ArrayList<>();
  private final List<HazelcastInstance> started = new ArrayList<>();

  public CacheMembers(int count, int minimumClusterSize) {
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ports.add(freePort());
    }
    for (int i = 0; i < count; i++) {
      List<Integer> order = new ArrayList<>(ports);
      order.add(0, order.remove(i));
      List<String> addresses = order.stream().map(p -> "127.0.0.1:" + p).toList();
      Config config =
          MemberConfigs.load(
              new CacheMemberProperties(
                  CacheMemberProperties.DEFAULT_CONFIG,
                  clusterName,
                  order.get(0),
                  addresses,
                  minimumClusterSize));
      config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
      config.setProperty("hazelcast.max.join.seconds", "3");
      config.setProperty("hazelcast.partition.count", "31");
      HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
      members.add(member);
      started.add(member);
    }
  }

  public List<HazelcastInstance> members() {
    return members;
  }

  /** A client of the production client YAML; closed by {@link #close()} unless closed before. */
  public HazelcastInstance client() {
    ClientConfig config = new ClientClasspathYamlConfig("kofu/hazelcast-client.yaml");
    config.setClusterName(clusterName);
    config
        .getNetworkConfig()
        .setAddresses(
            members.stream()
                .map(m -> m.getCluster().getLocalMember().getAddress())
                .map(a -> a.getHost() + ":" + a.getPort())
                .toList());
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
