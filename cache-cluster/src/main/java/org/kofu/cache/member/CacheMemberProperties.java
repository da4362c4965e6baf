package org.kofu.cache.member;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param bindInterface the only local address the member listens on ({@code
 *     hazelcast.socket.bind.any=false}); loopback unless configured: the open-source edition has
 *     neither TLS nor authentication, so a member must not be reachable from networks it need not
 *     be
 * @param publicAddress the address other members and clients are told ({@code host} or {@code
 *     host:port}), when it differs from the bound one (NAT); by default the bound one
 */
@Validated
@ConfigurationProperties("kofu.cache.member")
public record CacheMemberProperties(
    @DefaultValue(CacheMemberProperties.DEFAULT_CONFIG) @NotBlank String config,
    String clusterName,
    @Min(1) Integer port,
    List<String> members,
    @Min(1) Integer minimumClusterSize,
    @DefaultValue(CacheMemberProperties.LOOPBACK) @NotBlank String bindInterface,
    String publicAddress) {

  public static final String DEFAULT_CONFIG = "classpath:kofu/hazelcast.yaml";
  public static final String LOOPBACK = "127.0.0.1";

  @ConstructorBinding
  public CacheMemberProperties {
    members = members == null ? List.of() : List.copyOf(members);
    bindInterface = bindInterface == null ? LOOPBACK : bindInterface;
  }

  /** A member bound to loopback, as the embedded default and tests run it. */
  public CacheMemberProperties(
      String config,
      String clusterName,
      Integer port,
      List<String> members,
      Integer minimumClusterSize) {
    this(config, clusterName, port, members, minimumClusterSize, LOOPBACK, null);
  }
}
