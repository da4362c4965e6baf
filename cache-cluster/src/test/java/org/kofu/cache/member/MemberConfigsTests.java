package org.kofu.cache.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kofu.cache.contract.CacheAdministration;
import org.kofu.cache.contract.CacheMaps;
import org.kofu.cache.internal.NeverResurrectMergePolicy;
import org.kofu.cache.internal.ProcessorSerializers;
import org.kofu.cache.internal.ValueSerializers;

class MemberConfigsTests {

  private static Config load(Integer minimumClusterSize) {
    return MemberConfigs.load(
        new CacheMemberProperties(
            CacheMemberProperties.DEFAULT_CONFIG,
            "kofu-x",
            5801,
            List.of("10.0.0.1:5801", "10.0.0.2:5801"),
            minimumClusterSize));
  }

  @Test
  void theMemberJoinsByTcpIpOnlyWithTheConfiguredMembers() {
    Config config = load(null);

    var join = config.getNetworkConfig().getJoin();
    assertThat(join.getMulticastConfig().isEnabled()).isFalse();
    assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
    assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
    assertThat(join.getTcpIpConfig().getMembers())
        .containsExactly("10.0.0.1:5801", "10.0.0.2:5801");
    assertThat(config.getClusterName()).isEqualTo("kofu-x");
    assertThat(config.getNetworkConfig().getPort()).isEqualTo(5801);
  }

  @Test
  void byDefaultTheMemberListensOnLoopbackOnly() {
    Config config = load(null);

    assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
    assertThat(config.getNetworkConfig().getInterfaces().isEnabled()).isTrue();
    assertThat(config.getNetworkConfig().getInterfaces().getInterfaces())
        .containsExactly("127.0.0.1");
    assertThat(config.getNetworkConfig().getPublicAddress()).isNull();
  }

  @Test
  void aProductionMemberListensOnItsConfiguredInterface() {
    Config config =
        MemberConfigs.load(
            new CacheMemberProperties(
                CacheMemberProperties.DEFAULT_CONFIG,
                null,
                null,
                List.of(),
                null,
                "10.20.0.11",
                "192.0.2.11:5701"));

    assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
    assertThat(config.getNetworkConfig().getInterfaces().getInterfaces())
        .containsExactly("10.20.0.11");
    assertThat(config.getNetworkConfig().getPublicAddress()).isEqualTo("192.0.2.11:5701");
  }

  @Test
  void theBodiesMapHasOneSynchronousBackupItsMergePolicyAndWriteProtection() {
    MapConfig bodies = load(null).getMapConfig(CacheMaps.BODIES);

    assertThat(bodies.getBackupCount()).isEqualTo(1);
    assertThat(bodies.getAsyncBackupCount()).isZero();
    assertThat(bodies.getInMemoryFormat()).isEqualTo(InMemoryFormat.BINARY);
    assertThat(bodies.getMergePolicyConfig().getPolicy())
        .isEqualTo(NeverResurrectMergePolicy.class.getName());
    assertThat(bodies.getSplitBrainProtectionName()).isEqualTo(MemberConfigs.WRITE_PROTECTION);
  }

  @Test
  void writesNeedTwoMembersUnlessALoneEmbeddedMemberIsConfigured() {
    var production = load(null).getSplitBrainProtectionConfig(MemberConfigs.WRITE_PROTECTION);
    var threeOfFive = load(3).getSplitBrainProtectionConfig(MemberConfigs.WRITE_PROTECTION);
    var lone = load(1).getSplitBrainProtectionConfig(MemberConfigs.WRITE_PROTECTION);

    assertThat(production.isEnabled()).isTrue();
    assertThat(production.getMinimumClusterSize()).isEqualTo(2);
    assertThat(threeOfFive.getMinimumClusterSize()).isEqualTo(3);
    assertThat(lone.isEnabled()).isFalse();
  }

  @Test
  void theAdminsTasksRunInASmallExecutorOfTheirOwn() {
    var executor = load(null).getExecutorConfig(CacheAdministration.EXECUTOR);

    assertThat(executor.getName()).isEqualTo(CacheAdministration.EXECUTOR);
    assertThat(executor.getPoolSize()).isEqualTo(2);
  }

  @Test
  void membersAndClientsRegisterEveryCompactSerializer() throws Exception {
    List<String> serializers =
        Stream.of(ValueSerializers.class, ProcessorSerializers.class)
            .flatMap(holder -> Stream.of(holder.getClasses()))
            .filter(CompactSerializer.class::isAssignableFrom)
            .map(Class::getName)
            .toList();

    for (String yaml : List.of("kofu/hazelcast.yaml", "kofu/hazelcast-client.yaml")) {
      try (var in = getClass().getClassLoader().getResourceAsStream(yaml)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(serializers).hasSize(5).allSatisfy(s -> assertThat(text).as(yaml).contains(s));
      }
    }
  }
}
