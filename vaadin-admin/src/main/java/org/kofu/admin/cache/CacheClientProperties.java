package org.kofu.admin.cache;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kofu.admin.cache.*}: where the cache cluster is. The client is cache-cluster's {@code
 * kofu/hazelcast-client.yaml} with these overrides.
 *
 * @param enabled false: no cache view data (the view says so)
 * @param connectTimeout how long the view waits for the cluster before saying it is unreachable
 * @param memoryTimeout how long the view waits for the members' memory figures; a member that has
 *     not answered by then is shown as unknown
 * @param bodyTtl the cluster's {@code kofu.cache.body-ttl}, for an eviction's record
 * @param tombstoneTtl the cluster's {@code kofu.cache.tombstone-ttl}, for an eviction's tombstone
 */
@ConfigurationProperties("kofu.admin.cache")
public record CacheClientProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("kofu-cache") String clusterName,
    @DefaultValue("127.0.0.1:5701") List<String> members,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("3s") Duration memoryTimeout,
    @DefaultValue("0s") Duration bodyTtl,
    @DefaultValue("48h") Duration tombstoneTtl) {}
