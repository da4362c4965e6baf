package org.kofu.relay.cache;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The relay's cache client ({@code kofu.relay.cache.*}), applied over the client YAML that {@code
 * spring.hazelcast.config} names.
 *
 * @param clusterName the cluster's name, when not the YAML's
 * @param members member addresses, when not the YAML's
 * @param invocationTimeout how long one cache call may take, retries included: well inside the
 *     request budget (Hazelcast counts whole seconds: rounded down, at least one)
 * @param heartbeatTimeout how long a member may stay silent before its connection is closed and its
 *     calls fail: a member that stops answering (paused, its host frozen) then costs misses, not
 *     requests held until Hazelcast's default of 60 s
 * @param reconnectMaxBackoff the longest wait between two attempts to reach the cluster while it is
 *     away: how long after the cluster is back the relay may go on rendering on demand
 * @param readTimeout how long a request waits for a cache read before it takes it as a miss
 * @param writeTimeout how long a request waits for its on-demand body to be compressed and cached
 *     before it goes on without (the write may still land)
 * @param callThreads cache calls in progress at once, those that ran over included; beyond it a
 *     read is a miss and a write is skipped
 */
@Validated
@ConfigurationProperties("kofu.relay.cache")
public record CacheClientProperties(
    String clusterName,
    List<String> members,
    @DefaultValue("3s") @NotNull Duration invocationTimeout,
    @DefaultValue("10s") @NotNull Duration heartbeatTimeout,
    @DefaultValue("5s") @NotNull Duration reconnectMaxBackoff,
    @DefaultValue("1s") @NotNull Duration readTimeout,
    @DefaultValue("1s") @NotNull Duration writeTimeout,
    @DefaultValue("64") @Min(1) int callThreads) {

  public CacheClientProperties {
    members = members == null ? List.of() : List.copyOf(members);
  }
}
