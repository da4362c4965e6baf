package org.kofu.cache.member;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A cache member ({@code kofu.cache.member.*}). Everything not set here comes from the YAML.
 *
 * @param config the member YAML: {@code classpath:...} or a file path
 * @param clusterName overrides the YAML's cluster name
 * @param port overrides the YAML's port (no auto-increment when set)
 * @param members overrides the TCP-IP member list ({@code host:port})
 * @param minimumClusterSize overrides the size below which writes are refused; 1 for a single
 *     embedded member
 */
@Validated
@ConfigurationProperties("kofu.cache.member")
public record CacheMemberProperties(
    @DefaultValue(CacheMemberProperties.DEFAULT_CONFIG) @NotBlank String config,
    String clusterName,
    @Min(1) Integer port,
    List<String> members,
    @Min(1) Integer minimumClusterSize) {

  public static final String DEFAULT_CONFIG = "classpath:kofu/hazelcast.yaml";

  public CacheMemberProperties {
    members = members == null ? List.of() : List.copyOf(members);
  }
}
