package org.kofu.cache.contract;

/**
 * One member's share of the bodies map and its heap, read on the member by {@link
 * CacheAdministration#memberMemory}. A member that did not answer in time is {@linkplain #unknown
 * unknown}: {@code answered} is false and every figure is zero.
 *
 * @param address the member's {@code host:port}
 * @param version the member's Hazelcast version
 * @param answered whether the member answered in time (false: the figures mean nothing)
 * @param ownedEntries persons whose partitions the member owns
 * @param ownedBytes memory cost of those entries in bytes
 * @param backupEntries persons the member holds as backups
 * @param backupBytes memory cost of the backups in bytes
 * @param heapUsed bytes in use on the member JVM's heap
 * @param heapMax the member JVM's maximum heap in bytes
 */
public record MemberMemory(
    String address,
    String version,
    boolean answered,
    long ownedEntries,
    long ownedBytes,
    long backupEntries,
    long backupBytes,
    long heapUsed,
    long heapMax) {

  /** A member that did not answer. */
  public static MemberMemory unknown(String address, String version) {
    return new MemberMemory(address, version, false, 0, 0, 0, 0, 0, 0);
  }
}
