package org.kofu.relay.cache;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.kofu.cache.member.CacheMemberProperties;
import org.kofu.cache.member.MemberConfigs;

/** A lone cache member for the relay's client, from the production member YAML. */
final class CacheMembers {

  private CacheMembers() {}

  static HazelcastInstance start(String cluster, int port) {
    return start(cluster, port, null);
  }

  /** With {@code publicPort}: the member tells clients to reach it there (a proxy in front). */
  static HazelcastInstance start(String cluster, int port, Integer publicPort) {
    Config config =
        MemberConfigs.load(
            new CacheMemberProperties(
                CacheMemberProperties.DEFAULT_CONFIG,
                cluster,
                port,
                List.of("127.0.0.1:" + port),
                1));
    if (publicPort != null) {
      config.getNetworkConfig().setPublicAddress("127.0.0.1:" + publicPort);
    }
    return Hazelcast.newHazelcastInstance(config);
  }
}
