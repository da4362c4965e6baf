package org.kofu.cache.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.cache.testing.Subjects;
import org.kofu.cache.testing.SyntheticBodies;
import org.kofu.cache.testing.TestCluster;
import org.kofu.core.certificate.CertificateSubject;

class InvalidationIT {

  private static final Instant NIGHT = Instant.parse("2026-11-25T01:00:00Z");

  private final TestCluster cluster = new TestCluster(1);

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void aLateWriteFromASlowBatchAfterAnInvalidationIsNeverVisible() {
    List<HazelcastInstance> members = cluster.startMembers(1);
    CertificateCache cache = TestCluster.cache(cluster.client(members), Clock.systemUTC());
    CertificateSubject subject = Subjects.juminhyo(11);
    cache.put(subject, Subjects.sources(11, 7), NIGHT, SyntheticBodies.body(11));

    cache.invalidate(subject.key(), Subjects.sources(11, 8));
    PutOutcome late =
        cache.put(
            subject, Subjects.sources(11, 7), NIGHT.plusSeconds(60), SyntheticBodies.body(11));
    PutOutcome neverCached =
        cache.put(Subjects.inkan(11), Subjects.sources(11, 7), NIGHT, SyntheticBodies.body(11));

    assertThat(late).isEqualTo(PutOutcome.REFUSED_INVALIDATED);
    assertThat(neverCached).as("a subject the invalidator never saw cached").isEqualTo(late);
    assertThat(cache.get(subject)).isEmpty();
    assertThat(cache.put(subject, Subjects.sources(11, 8), NIGHT, SyntheticBodies.body(11)))
        .isEqualTo(PutOutcome.STORED);
  }

  @Test
  void aPersonsBodiesPutInOneCallThroughAClientAreEachDecidedAndReadBack() {
    List<HazelcastInstance> members = cluster.startMembers(1);
    CertificateCache cache = TestCluster.cache(cluster.client(members), Clock.systemUTC());
    cache.put(Subjects.juminhyo(12), Subjects.sources(12, 9), NIGHT, SyntheticBodies.body(12));

    List<PutOutcome> outcomes =
        cache.putAll(
            List.of(
                new NewBody(
                    Subjects.juminhyo(12),
                    Subjects.sources(12, 8),
                    NIGHT,
                    SyntheticBodies.body(12)),
                new NewBody(
                    Subjects.inkan(12), Subjects.sources(12, 9), NIGHT, SyntheticBodies.body(12))));

    assertThat(outcomes).containsExactly(PutOutcome.REFUSED_OLDER_THAN_CACHED, PutOutcome.STORED);
    assertThat(cache.get(Subjects.juminhyo(12)).orElseThrow().sources())
        .isEqualTo(Subjects.sources(12, 9));
    assertThat(cache.get(Subjects.inkan(12))).isPresent();
    assertThat(cache.putAll(List.of())).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                cache.putAll(
                    List.of(
                        new NewBody(
                            Subjects.juminhyo(12),
                            Subjects.sources(12, 9),
                            NIGHT,
                            SyntheticBodies.body(12)),
                        new NewBody(
                            Subjects.juminhyo(13),
                            Subjects.sources(13, 9),
                            NIGHT,
                            SyntheticBodies.body(13)))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEvictionRefusesBodiesReadJustBeforeItEvenFromAClockSlightlyAhead() {
    List<HazelcastInstance> members = cluster.startMembers(1);
    Instant now = Instant.parse("2026-11-25T12:00:00Z");
    CertificateCache cache =
        TestCluster.cache(members.get(0), Clock.fixed(now, java.time.ZoneOffset.UTC));

    cache.evictPerson("A14");

    assertThat(
            cache.put(
                Subjects.juminhyo(14),
                Subjects.sources(14, 1),
                now.plusSeconds(2),
                SyntheticBodies.body(14)))
        .isEqualTo(PutOutcome.REFUSED_INVALIDATED);
    assertThat(
            cache.put(
                Subjects.juminhyo(14),
                Subjects.sources(14, 1),
                now.plusSeconds(6),
                SyntheticBodies.body(14)))
        .isEqualTo(PutOutcome.STORED);
  }

  @Test
  void aTombstoneExpiresAfterItsTtlAndABodyDoesNot() {
    List<HazelcastInstance> members = cluster.startMembers(1);
    CertificateCache cache = TestCluster.cache(members.get(0), Clock.systemUTC());
    cache.put(Subjects.juminhyo(12), Subjects.sources(12, 1), NIGHT, SyntheticBodies.body(12));
    cache.invalidatePerson("A13", Subjects.sources(13, 2));

    var bodies = members.get(0).getMap(CacheMaps.BODIES);

    assertThat(bodies.getEntryView("A13").getTtl()).isEqualTo(Duration.ofHours(48).toMillis());
    assertThat(bodies.getEntryView("A12").getExpirationTime()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void restartingMembersDoesNotBringBackAnInvalidatedBody() {
    List<HazelcastInstance> members = new ArrayList<>(cluster.startMembers(2));
    CertificateCache cache = TestCluster.cache(cluster.client(members), Clock.systemUTC());
    CertificateSubject subject = Subjects.juminhyo(21);
    cache.put(subject, Subjects.sources(21, 7), NIGHT, SyntheticBodies.body(21));
    cache.invalidatePerson("A21", Subjects.sources(21, 8));
    HazelcastInstance owner = ownerOf("A21", members);
    HazelcastInstance other = members.get(members.indexOf(owner) == 0 ? 1 : 0);
    Config restarted = cluster.memberConfig(List.of(portOf(owner), portOf(other)));

    owner.getLifecycleService().terminate();
    PutOutcome afterKill =
        cache.put(subject, Subjects.sources(21, 7), NIGHT, SyntheticBodies.body(21));
    HazelcastInstance replacement = cluster.start(restarted);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> replacement.getPartitionService().isClusterSafe());
    other.getLifecycleService().terminate();
    PutOutcome afterRestart =
        cache.put(subject, Subjects.sources(21, 7), NIGHT, SyntheticBodies.body(21));

    assertThat(afterKill).isEqualTo(PutOutcome.REFUSED_INVALIDATED);
    assertThat(afterRestart).isEqualTo(PutOutcome.REFUSED_INVALIDATED);
    assertThat(cache.get(subject)).isEmpty();
  }

  static HazelcastInstance ownerOf(String key, List<HazelcastInstance> members) {
    var owner = members.get(0).getPartitionService().getPartition(key).getOwner();
    return members.stream()
        .filter(m -> m.getCluster().getLocalMember().getUuid().equals(owner.getUuid()))
        .findFirst()
        .orElseThrow();
  }

  static int portOf(HazelcastInstance member) {
    return member.getCluster().getLocalMember().getAddress().getPort();
  }
}
