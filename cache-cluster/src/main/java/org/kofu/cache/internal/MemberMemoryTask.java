package org.kofu.cache.internal;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.LocalMapStats;
import java.util.concurrent.Callable;

/**
 * Reads, on the member it runs on, the local statistics of one map and the JVM's heap: a client
 * cannot read a member's {@code LocalMapStats}, so the admin sends this to every member through an
 * {@code IExecutorService}. The task is Compact-serialized; its answer is a {@link MemoryReport} as
 * {@code long[]}.
 */
public final class MemberMemoryTask implements Callable<long[]>, HazelcastInstanceAware {

  private final String mapName;
  private transient HazelcastInstance member;

  public MemberMemoryTask(String mapName) {
    this.mapName = mapName;
  }

  public String mapName() {
    return mapName;
  }

  @Override
  public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
    this.member = hazelcastInstance;
  }

  @Override
  public long[] call() {
    LocalMapStats stats = member.getMap(mapName).getLocalMapStats();
    Runtime runtime = Runtime.getRuntime();
    return new MemoryReport(
            stats.getOwnedEntryCount(),
            stats.getOwnedEntryMemoryCost(),
            stats.getBackupEntryCount(),
            stats.getBackupEntryMemoryCost(),
            runtime.totalMemory() - runtime.freeMemory(),
            runtime.maxMemory())
        .toArray();
  }
}
