package org.kofu.cache.compression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.SyntheticBodies;
import org.kofu.cache.testing.TestCluster;

class ClusterDictionariesIT {

  private final TestCluster cluster = new TestCluster(1);

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void theActiveDictionaryIsAskedForAtMostOnceASecondAndAnActivationIsSeenWithinOne() {
    List<HazelcastInstance> members = cluster.startMembers(1);
    ClusterDictionaries batch = new ClusterDictionaries(cluster.client(members));
    ClusterDictionaries relay = new ClusterDictionaries(cluster.client(members));
    assertThat(relay.activeId()).isEmpty();
    long gets = settingsGets(members.get(0));

    for (int i = 0; i < 1_000; i++) {
      relay.activeId();
    }
    String id =
        batch.publish(
            DictionaryTrainer.train(
                IntStream.range(0, 40).mapToObj(SyntheticBodies::body).toList(),
                DictionaryTrainer.DEFAULT_SIZE));
    batch.activate(id);

    assertThat(settingsGets(members.get(0)) - gets).isLessThanOrEqualTo(2);
    assertThat(batch.activeId()).as("the activating process, at once").contains(id);
    await()
        .atMost(ClusterDictionaries.ACTIVE_ID_REFRESH.plus(Duration.ofSeconds(2)))
        .until(relay::activeId, Optional.of(id)::equals);
  }

  private static long settingsGets(HazelcastInstance member) {
    return member
        .getMap(ClusterDictionaries.SETTINGS_MAP)
        .getLocalMapStats()
        .getGetOperationCount();
  }
}
