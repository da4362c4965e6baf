package org.kofu.cache.testing;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientClasspathYamlConfig;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.cache.contract.CacheProperties;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.crypto.CryptoProperties;
import org.kofu.cache.member.CacheMemberProperties;
import org.kofu.cache.member.MemberConfigs;
import org.springframework.test.util.TestSocketUtils;

/**
 * Real members on loopback, configured from the production YAML with a cluster name of their own
 * and free ports; everything started here is terminated by {@link #close()}. Shared with the tests
 * of batch-jobs and vaadin-admin through cache-cluster's test-jar.
 */
public final class TestCluster implements AutoCloseable {

  public static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);

  /** Sets of members started before one binds all its ports. */
  private static final int BIND_ATTEMPTS = 3;

  private final String clusterName = "kofu-test-" + UUID.randomUUID();
  private final int minimumClusterSize;
  private final List<HazelcastInstance> started = new ArrayList<>();
  private final List<HazelcastInstance> members = new ArrayList<>();

  public String clusterName() {
    return clusterName;
  }

  public TestCluster(int minimumClusterSize) {
    this.minimumClusterSize = minimumClusterSize;
  }

  /**
   * A TCP port free now (Spring's {@link TestSocketUtils}); every module's tests take theirs here.
   */
  public static int freePort() {
    return TestSocketUtils.findAvailableTcpPort();
  }

  /** A member config that joins the members at {@code ports}; its own port is the first. */
  public Config memberConfig(List<Integer> ports) {
    List<String> members = ports.stream().map(p -> "127.0.0.1:" + p).toList();
    Config config =
        MemberConfigs.load(
            new CacheMemberProperties(
                CacheMemberProperties.DEFAULT_CONFIG,
                clusterName,
                ports.get(0),
                members,
                minimumClusterSize));
    config.setProperty("hazelcast.merge.first.run.delay.seconds", "2");
    config.setProperty("hazelcast.merge.next.run.delay.seconds", "2");
    config.setProperty("hazelcast.max.join.seconds", "3");
    config.setProperty("hazelcast.partition.count", "31");
    return config;
  }

  public HazelcastInstance start(Config config) {
    HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
    started.add(member);
    members.add(member);
    return member;
  }

  /** {@code count} members that form one cluster. */
  public List<HazelcastInstance> startMembers(int count) {
    for (int attempt = 1; ; attempt++) {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ports.add(freePort());
      }
      List<HazelcastInstance> members = new ArrayList<>();
      try {
        for (int i = 0; i < count; i++) {
          List<Integer> order = new ArrayList<>(ports);
          order.add(0, order.remove(i));
          members.add(start(memberConfig(order)));
        }
        return members;
      } catch (HazelcastException e) {
        // a port found free was taken before its member bound it (an outgoing connection of
        // another test JVM can get it): the set starts again on other ports
        if (attempt == BIND_ATTEMPTS || !boundTooLate(e)) {
          throw e;
        }
        members.forEach(m -> m.getLifecycleService().terminate());
        this.members.removeAll(members);
        started.removeAll(members);
      }
    }
  }

  private static boolean boundTooLate(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  /** Every member started so far, in start order (killed ones included). */
  public List<HazelcastInstance> members() {
    return List.copyOf(members);
  }

  /** The {@code host:port} of each member. */
  public static List<String> addresses(List<HazelcastInstance> members) {
    return members.stream()
        .map(m -> m.getCluster().getLocalMember().getAddress())
        .map(a -> a.getHost() + ":" + a.getPort())
        .toList();
  }

  /** A client of every member started so far (they must be running). */
  public HazelcastInstance client() {
    return client(members);
  }

  /** A client configured from the production client YAML, connected to the given members. */
  public HazelcastInstance client(List<HazelcastInstance> members) {
    return client(addresses(members));
  }

  /** A client of members at {@code host:port} addresses, e.g. in another process. */
  public HazelcastInstance client(Collection<String> addresses) {
    ClientConfig config = new ClientClasspathYamlConfig("kofu/hazelcast-client.yaml");
    config.setClusterName(clusterName);
    config.getNetworkConfig().setAddresses(new ArrayList<>(addresses));
    HazelcastInstance client = HazelcastClient.newHazelcastClient(config);
    started.add(client);
    return client;
  }

  public static CacheProperties cacheProperties(Map<String, String> keys, String activeKeyId) {
    return new CacheProperties(
        new CryptoProperties(activeKeyId, keys, null, null),
        3,
        Duration.ofHours(48),
        Duration.ZERO);
  }

  public static CertificateCache cache(HazelcastInstance instance, Clock clock) {
    return CertificateCache.create(
        instance,
        new ClusterDictionaries(instance),
        cacheProperties(Map.of("k1", KEY_1), "k1"),
        clock);
  }

  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      HazelcastInstance instance = started.get(i);
      if (instance.getLifecycleService().isRunning()) {
        instance.getLifecycleService().terminate();
      }
    }
  }
}
