package org.kofu.relay;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kofu.core.certificate.CertificateType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The relay's settings ({@code kofu.relay.*}).
 *
 * @param municipalities the 全国地方公共団体コード this server answers for
 * @param fees the fee per copy of each type, in yen
 * @param disabledTypes types the city does not offer at kiosks
 * @param minimumAge the youngest requester served
 * @param renderTimeout how long an on-demand rendering may take before the request is abandoned
 *     (waiting for a rendering thread included)
 * @param renderThreads on-demand renderings at once; 0: one per processor. Rendering is all CPU:
 *     more threads than processors only take time from the requests served from the cache
 * @param sourceTimeout how long to wait for a connection to an existing system
 * @param sourceRetryAfter the Retry-After of a 503 SOURCE_UNAVAILABLE
 * @param serviceCalendarMaxAge how old the service calendar's settings (hours, holidays, stops,
 *     maintenance windows) read from the project database may be before a request reads them again:
 *     how long a switch in the admin UI may take to reach this node; 0: read on every request
 * @param slowIssuance an issuance that takes longer than this is logged with the time of each of
 *     its steps (request id and times only)
 * @param plainHttp the development-only plain HTTP listener (loopback only)
 * @param embeddedCache whether this process runs its own cache member (single-node and demo use)
 */
@Validated
@ConfigurationProperties("kofu.relay")
public record RelayProperties(
    @DefaultValue("012025") @NotEmpty List<String> municipalities,
    Map<CertificateType, Integer> fees,
    @DefaultValue Set<CertificateType> disabledTypes,
    @DefaultValue("15") @Min(0) int minimumAge,
    @DefaultValue("5s") Duration renderTimeout,
    @DefaultValue("0") @Min(0) int renderThreads,
    @DefaultValue("2s") Duration sourceTimeout,
    @DefaultValue("30s") Duration sourceRetryAfter,
    @DefaultValue("1s") Duration serviceCalendarMaxAge,
    @DefaultValue("1s") Duration slowIssuance,
    @DefaultValue PlainHttp plainHttp,
    @DefaultValue("false") boolean embeddedCache) {

  private static final Map<CertificateType, Integer> DEFAULT_FEES =
      Map.of(
          CertificateType.JUMINHYO, 300,
          CertificateType.JUMINHYO_KISAI, 300,
          CertificateType.INKAN, 300,
          CertificateType.KOSEKI_ZENBU, 450,
          CertificateType.KOSEKI_KOJIN, 450,
          CertificateType.KOSEKI_FUHYO, 300,
          CertificateType.SHOTOKU_KAZEI, 300,
          CertificateType.SHOTOKU, 300,
          CertificateType.KAZEI, 300);

  public RelayProperties {
    Map<CertificateType, Integer> merged = new EnumMap<>(DEFAULT_FEES);
    if (fees != null) {
      merged.putAll(fees);
    }
    fees = Map.copyOf(merged);
    disabledTypes = disabledTypes == null ? Set.of() : Set.copyOf(disabledTypes);
  }

  public int fee(CertificateType type) {
    return fees.get(type);
  }

  /**
   * @param enabled whether to listen for plain HTTP at all
   * @param port the loopback port it listens on
   */
  public record PlainHttp(@DefaultValue("false") boolean enabled, @DefaultValue("8080") int port) {}
}
