package org.kofu.cache.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

/** The admin's reading of each member's memory, through a real client of real members. */
class MemberMemoryIT {

  private static final Instant NIGHT = Instant.parse("2026-11-25T01:00:00Z");
  private static final int PERSONS = 120;

  private final TestCluster cluster = new TestCluster(2);

  @AfterEach
  void stopCluster() {
    cluster.close();
  }

  @Test
  void everyMemberReportsWhatItOwnsAndBacksUpOfTheBodiesMapAndItsHeap() {
    List<HazelcastInstance> members = cluster.startMembers(3);
    HazelcastInstance client = cluster.client(members);
    write(client);
    CacheAdministration admin = administration(client);

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              List<MemberMemory> memory = admin.memberMemory();

              assertThat(memory)
                  .extracting(MemberMemory::address)
                  .containsExactlyElementsOf(TestCluster.addresses(members));
              assertThat(memory).allMatch(MemberMemory::answered);
              assertThat(memory.stream().mapToLong(MemberMemory::ownedEntries).sum())
                  .isEqualTo(PERSONS);
              assertThat(memory.stream().mapToLong(MemberMemory::backupEntries).sum())
                  .isEqualTo(PERSONS);
              assertThat(memory)
                  .allSatisfy(
                      m -> {
                        assertThat(m.ownedEntries()).isPositive();
                        assertThat(m.ownedBytes()).isPositive();
                        assertThat(m.backupBytes()).isPositive();
                        assertThat(m.heapUsed()).isPositive().isLessThanOrEqualTo(m.heapMax());
                        assertThat(m.version()).startsWith("5.");
                      });
            });
  }

  @Test
  void aKilledMemberIsReportedUnknownWithoutHoldingUpTheOthers() {
    List<HazelcastInstance> members = cluster.startMembers(3);
    HazelcastInstance client = cluster.client(members);
    write(client);
    CacheAdministration admin = administration(client);
    String killed = TestCluster.addresses(members).get(2);

    members.get(2).getLifecycleService().terminate();
    long started = System.nanoTime();
    List<MemberMemory> memory = admin.memberMemory(Duration.ofSeconds(2));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).isLessThan(Duration.ofSeconds(5));
    assertThat(memory)
        .filteredOn(m -> !m.address().equals(killed))
        .hasSize(2)
        .allMatch(MemberMemory::answered);
    assertThat(memory)
        .filteredOn(m -> m.address().equals(killed))
        .allSatisfy(m -> assertThat(m.answered()).isFalse());
    // once the backups are promoted, the two left own every person again
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        admin.memberMemory().stream()
                            .filter(MemberMemory::answered)
                            .mapToLong(MemberMemory::ownedEntries)
                            .sum())
                    .isEqualTo(PERSONS));
  }

  private static void write(HazelcastInstance client) {
    CertificateCache cache = TestCluster.cache(client, Clock.systemUTC());
    for (int p = 1; p <= PERSONS; p++) {
      assertThat(
              cache.put(
                  Subjects.juminhyo(p), Subjects.sources(p, 1), NIGHT, SyntheticBodies.body(p)))
          .isEqualTo(PutOutcome.STORED);
    }
  }

  private static CacheAdministration administration(HazelcastInstance client) {
    return new CacheAdministration(client, Duration.ZERO, Duration.ofHours(48), Clock.systemUTC());
  }
}
