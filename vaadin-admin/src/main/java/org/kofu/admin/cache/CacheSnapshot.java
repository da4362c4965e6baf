package org.kofu.admin.cache;

import java.util.List;
import java.util.Map;
import org.kofu.cache.contract.MemberMemory;

/**
 * The cache as the admin sees it now.
 *
 * @param members each member's address, Hazelcast version, entries and memory of the bodies map and
 *     heap, in the cluster's member order (unknown figures for a member that did not answer)
 * @param persons entries of the bodies map: persons with bodies, or a tombstone only
 * @param personsWithBodies persons with at least one cached body
 * @param byType persons with a cached body of each certificate type
 * @param hitRatio share of today's issuances served from the cache (the issuance log), null when
 *     nothing was issued
 */
public record CacheSnapshot(
    List<MemberMemory> members,
    long persons,
    long personsWithBodies,
    Map<String, Long> byType,
    Double hitRatio) {}
