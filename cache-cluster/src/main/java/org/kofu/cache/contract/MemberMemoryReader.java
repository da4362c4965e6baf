package org.kofu.cache.contract;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kofu.cache.internal.MemberMemoryTask;
import org.kofu.cache.internal.MemoryReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link MemberMemoryTask} to every member through the executor {@link
 * CacheAdministration#EXECUTOR} and waits for the answers until one deadline: a member that is
 * down, leaving or too busy to answer by then is reported unknown instead of holding up the caller.
 */
final class MemberMemoryReader {

  private static final Logger log = LoggerFactory.getLogger(MemberMemoryReader.class);

  private final HazelcastInstance hazelcast;

  MemberMemoryReader(HazelcastInstance hazelcast) {
    this.hazelcast = hazelcast;
  }

  List<MemberMemory> read(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Member> members = List.copyOf(hazelcast.getCluster().getMembers());
    Map<Member, Future<long[]>> answers;
    try {
      IExecutorService executor = hazelcast.getExecutorService(CacheAdministration.EXECUTOR);
      answers = executor.submitToAllMembers(new MemberMemoryTask(CacheMaps.BODIES));
    } catch (RuntimeException e) {
      log.warn("memory of the cache members not asked: {}", e.toString());
      return members.stream().map(m -> MemberMemory.unknown(address(m), version(m))).toList();
    }
    return members.stream().map(m -> await(m, answers.get(m), deadline)).toList();
  }

  private static MemberMemory await(Member member, Future<long[]> answer, long deadline) {
    String address = address(member);
    if (answer == null) {
      return MemberMemory.unknown(address, version(member));
    }
    try {
      MemoryReport r =
          MemoryReport.fromArray(
              answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      return new MemberMemory(
          address,
          version(member),
          true,
          r.ownedEntries(),
          r.ownedBytes(),
          r.backupEntries(),
          r.backupBytes(),
          r.heapUsed(),
          r.heapMax());
    } catch (TimeoutException e) {
      // not cancelled: a client's cancel is a request to that member too and waits for its answer
      log.warn("cache member {} did not report its memory in time", address);
    } catch (ExecutionException | IllegalArgumentException e) {
      log.warn(
          "cache member {} did not report its memory: {}",
          address,
          String.valueOf(e.getCause() == null ? e : e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return MemberMemory.unknown(address, version(member));
  }

  private static String address(Member member) {
    return member.getAddress().getHost() + ":" + member.getAddress().getPort();
  }

  private static String version(Member member) {
    return member.getVersion().toString();
  }
}
