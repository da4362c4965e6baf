package org.kofu.admin.cache;

import java.util.List;
import java.util.Map;

/**
 * The cache as the admin sees it now.
 *
 * @param members each member's address and Hazelcast version
 * @param persons entries of the bodies map: persons with bodies, or a tombstone only
 * @param personsWithBodies persons with at least one cached body
 * @param byType persons with a cached body of each certificate type
 * @param hitRatio share of today's issuances served from the cache (the issuance log), null when
 *     nothing was issued
 */
public record CacheSnapshot(
    List<String> members,
    long persons,
    long personsWithBodies,
    Map<String, Long> byType,
    Double hitRatio) {}
