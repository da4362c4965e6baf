package org.kofu.cache.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.Subjects;
import org.kofu.cache.testing.SyntheticBodies;
import org.kofu.cache.testing.TestCluster;

/**
 * Two members with the same cluster name that do not know each other form two clusters, as the two
 * sides of a network split do; giving each the other's address lets Hazelcast find and merge them.
 */
class SplitBrainIT {

  private static final Instant NIGHT = Instant.parse("2026-11-25T01:00:00Z");

  private final TestCluster cluster = new TestCluster(1);

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void aBodyInvalidatedOnEitherSideDoesNotComeBackAfterTheMerge() {
    int portA = TestCluster.freePort();
    int portB = TestCluster.freePort();
    Config configA = cluster.memberConfig(List.of(portA));
    Config configB = cluster.memberConfig(List.of(portB));
    HazelcastInstance a = cluster.start(configA);
    HazelcastInstance b = cluster.start(configB);
    CertificateCache sideA = TestCluster.cache(a, Clock.systemUTC());
    CertificateCache sideB = TestCluster.cache(b, Clock.systemUTC());
    for (CertificateCache side : List.of(sideA, sideB)) {
      for (int person : new int[] {31, 32}) {
        side.put(
            Subjects.juminhyo(person),
            Subjects.sources(person, 7),
            NIGHT,
            SyntheticBodies.body(person));
      }
    }

    sideA.invalidatePerson("A31", Subjects.sources(31, 8));
    sideB.put(
        Subjects.juminhyo(31),
        Subjects.sources(31, 7),
        NIGHT.plusSeconds(1),
        SyntheticBodies.body(31));
    sideB.invalidatePerson("A32", Subjects.sources(32, 8));
    sideA.put(
        Subjects.juminhyo(32),
        Subjects.sources(32, 7),
        NIGHT.plusSeconds(1),
        SyntheticBodies.body(32));
    sideA.put(Subjects.juminhyo(33), Subjects.sources(33, 1), NIGHT, SyntheticBodies.body(33));
    sideB.put(Subjects.juminhyo(34), Subjects.sources(34, 1), NIGHT, SyntheticBodies.body(34));
    configA.getNetworkConfig().getJoin().getTcpIpConfig().addMember("127.0.0.1:" + portB);
    configB.getNetworkConfig().getJoin().getTcpIpConfig().addMember("127.0.0.1:" + portA);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                a.getCluster().getMembers().size() == 2 && b.getCluster().getMembers().size() == 2);
    await().atMost(Duration.ofSeconds(30)).until(() -> a.getPartitionService().isClusterSafe());

    for (CertificateCache side : List.of(sideA, sideB)) {
      assertThat(side.get(Subjects.juminhyo(31))).isEmpty();
      assertThat(side.get(Subjects.juminhyo(32))).isEmpty();
      assertThat(side.get(Subjects.juminhyo(33))).isPresent();
      assertThat(side.get(Subjects.juminhyo(34))).isPresent();
    }
    assertThat(
            sideA.put(
                Subjects.juminhyo(31), Subjects.sources(31, 7), NIGHT, SyntheticBodies.body(31)))
        .isEqualTo(PutOutcome.REFUSED_INVALIDATED);
    assertThat(
            sideB.put(
                Subjects.juminhyo(32), Subjects.sources(32, 7), NIGHT, SyntheticBodies.body(32)))
        .isEqualTo(PutOutcome.REFUSED_INVALIDATED);
  }
}
