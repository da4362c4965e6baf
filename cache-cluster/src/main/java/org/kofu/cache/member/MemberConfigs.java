package org.kofu.cache.member;

import com.hazelcast.config.ClasspathYamlConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.FileSystemYamlConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.TcpIpConfig;
import com.hazelcast.spi.properties.ClusterProperty;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.util.List;

/** Builds a member's Hazelcast config from the YAML and the overrides of the properties. */
public final class MemberConfigs {

  /** The split-brain protection every cache map refers to. */
  public static final String WRITE_PROTECTION = "kofu-cache-writes";

  private MemberConfigs() {}

  public static Config load(CacheMemberProperties properties) {
    Config config = read(properties.config());
    if (properties.clusterName() != null) {
      config.setClusterName(properties.clusterName());
    }
    if (properties.port() != null) {
      config.getNetworkConfig().setPort(properties.port()).setPortAutoIncrement(false);
    }
    if (!properties.members().isEmpty()) {
      TcpIpConfig tcpIp = config.getNetworkConfig().getJoin().getTcpIpConfig();
      tcpIp.setMembers(properties.members());
    }
    bind(config, properties);
    Integer minimum = properties.minimumClusterSize();
    if (minimum != null) {
      // Hazelcast takes no size below 2; a lone embedded member has no other side to split from
      var protection = config.getSplitBrainProtectionConfig(WRITE_PROTECTION);
      protection.setEnabled(minimum > 1).setMinimumClusterSize(Math.max(2, minimum));
    }
    return config;
  }

  /** Listen on the configured interface only, never on every address of the host. */
  private static void bind(Config config, CacheMemberProperties properties) {
    config.setProperty(ClusterProperty.SOCKET_BIND_ANY.getName(), "false");
    NetworkConfig network = config.getNetworkConfig();
    network.getInterfaces().setEnabled(true).setInterfaces(List.of(properties.bindInterface()));
    if (properties.publicAddress() != null) {
      network.setPublicAddress(properties.publicAddress());
    }
  }

  private static Config read(String location) {
    if (location.startsWith("classpath:")) {
      return new ClasspathYamlConfig(location.substring("classpath:".length()));
    }
    try {
      return new FileSystemYamlConfig(location);
    } catch (FileNotFoundException e) {
      throw new UncheckedIOException("no member configuration at " + location, e);
    }
  }
}
