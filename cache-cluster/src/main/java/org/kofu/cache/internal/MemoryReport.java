package org.kofu.cache.internal;

/**
 * What one member holds of a map and how full its heap is, as {@link MemberMemoryTask} reads it on
 * that member. It crosses the wire as a {@code long[]} (Hazelcast's built-in array serializer), not
 * as a Compact record: a client deserializes an executor's answer on its network thread, and a
 * Compact schema the client has never seen would be fetched from there, which blocks that thread
 * (Hazelcast 5.5).
 *
 * @param ownedEntries entries whose partitions this member owns
 * @param ownedBytes their memory cost in bytes ({@code LocalMapStats.getOwnedEntryMemoryCost})
 * @param backupEntries entries this member holds as backups of other members' partitions
 * @param backupBytes their memory cost in bytes
 * @param heapUsed bytes of the member JVM's heap in use
 * @param heapMax the member JVM's maximum heap in bytes
 */
public record MemoryReport(
    long ownedEntries,
    long ownedBytes,
    long backupEntries,
    long backupBytes,
    long heapUsed,
    long heapMax) {

  private static final int FIELDS = 6;

  /** The report as it crosses the wire. */
  public long[] toArray() {
    return new long[] {ownedEntries, ownedBytes, backupEntries, backupBytes, heapUsed, heapMax};
  }

  /** A report from {@link #toArray()}. */
  public static MemoryReport fromArray(long[] values) {
    if (values == null || values.length != FIELDS) {
      throw new IllegalArgumentException("not a memory report");
    }
    return new MemoryReport(values[0], values[1], values[2], values[3], values[4], values[5]);
  }
}
