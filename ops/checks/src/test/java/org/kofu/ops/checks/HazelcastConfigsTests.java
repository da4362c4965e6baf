package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.YamlClientConfigBuilder;
import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryYamlConfig;
import com.hazelcast.config.JavaSerializationFilterConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Hazelcast configurations shipped in ops/ are read by Hazelcast's own YAML builders (which
 * validate against Hazelcast's schema): the members' Kubernetes discovery, the clients' Kubernetes
 * discovery and the systemd layout's member list, with the cache's split-brain protection kept.
 */
class HazelcastConfigsTests {

  @Test
  void theKubernetesMemberConfigDiscoversThroughTheHeadlessService() throws IOException {
    String yaml =
        Repo.yamlDocuments(Repo.path("ops/k8s/cache-member.yaml"))
            .get(0)
            .at("/data/hazelcast.yaml")
            .asText();
    Config config = new InMemoryYamlConfig(yaml);
    var join = config.getNetworkConfig().getJoin();
    assertThat(join.getKubernetesConfig().isEnabled()).isTrue();
    assertThat(join.getKubernetesConfig().getProperty("service-dns"))
        .isEqualTo("kofu-cache-hs.kofu.svc.cluster.local");
    assertThat(join.getTcpIpConfig().isEnabled()).isFalse();
    assertThat(join.getMulticastConfig().isEnabled()).isFalse();
    assertThat(config.getSplitBrainProtectionConfig("kofu-cache-writes").getMinimumClusterSize())
        .isEqualTo(2);
    assertThat(config.getMapConfig("certificate-bodies").getBackupCount()).isEqualTo(1);
  }

  @Test
  void theClientConfigsNameTheMembers() throws IOException {
    String k8s =
        Repo.yamlDocuments(Repo.path("ops/k8s/cache-client.yaml"))
            .get(0)
            .at("/data/hazelcast-client.yaml")
            .asText();
    ClientConfig kubernetes =
        client(new ByteArrayInputStream(k8s.getBytes(StandardCharsets.UTF_8)));
    assertThat(kubernetes.getNetworkConfig().getKubernetesConfig().isEnabled()).isTrue();
    assertThat(kubernetes.getClusterName()).isEqualTo("kofu-cache");

    try (InputStream in =
        Files.newInputStream(Repo.path("ops/deploy/common/hazelcast-client.yaml"))) {
      ClientConfig systemd = client(in);
      assertThat(systemd.getNetworkConfig().getAddresses()).hasSize(3);
      assertThat(systemd.getClusterName()).isEqualTo("kofu-cache");
    }
  }

  @Test
  void theShippedCopiesRegisterEveryCompactSerializerOfTheModulesYaml() throws IOException {
    List<String> serializers;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("kofu/hazelcast-client.yaml")) {
      serializers =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(line -> line.startsWith("- serializer: "))
              .toList();
    }
    assertThat(serializers).hasSizeGreaterThanOrEqualTo(5);
    for (String copy :
        List.of(
            "ops/k8s/cache-member.yaml",
            "ops/k8s/cache-client.yaml",
            "ops/deploy/common/hazelcast-client.yaml")) {
      String text = Files.readString(Repo.path(copy));
      assertThat(serializers).as(copy).allSatisfy(line -> assertThat(text).contains(line));
    }
  }

  @Test
  void membersAndClientsDeserializeJavaOnlyForHazelcastAndTheJdk() throws IOException {
    String member =
        Repo.yamlDocuments(Repo.path("ops/k8s/cache-member.yaml"))
            .get(0)
            .at("/data/hazelcast.yaml")
            .asText();
    String k8sClient =
        Repo.yamlDocuments(Repo.path("ops/k8s/cache-client.yaml"))
            .get(0)
            .at("/data/hazelcast-client.yaml")
            .asText();
    List<JavaSerializationFilterConfig> filters = new ArrayList<>();
    filters.add(
        new InMemoryYamlConfig(member).getSerializationConfig().getJavaSerializationFilterConfig());
    filters.add(
        client(new ByteArrayInputStream(k8sClient.getBytes(StandardCharsets.UTF_8)))
            .getSerializationConfig()
            .getJavaSerializationFilterConfig());
    try (InputStream in =
        Files.newInputStream(Repo.path("ops/deploy/common/hazelcast-client.yaml"))) {
      filters.add(client(in).getSerializationConfig().getJavaSerializationFilterConfig());
    }
    for (JavaSerializationFilterConfig filter : filters) {
      assertThat(filter).isNotNull();
      assertThat(filter.isDefaultsDisabled()).isTrue();
      assertThat(filter.getWhitelist().getPrefixes())
          .containsExactlyInAnyOrder("com.hazelcast.", "java.", "[");
      assertThat(filter.getBlacklist().getPrefixes()).contains("org.kofu");
    }
  }

  private static ClientConfig client(InputStream in) {
    return new YamlClientConfigBuilder(in).build();
  }
}
