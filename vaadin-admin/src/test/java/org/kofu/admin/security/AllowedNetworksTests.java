package org.kofu.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kofu.admin.AdminProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AllowedNetworksTests {

  private static final AdminProperties DEFAULTS =
      new Binder(new MapConfigurationPropertySource(Map.of()))
          .bindOrCreate("kofu.admin", AdminProperties.class);

  private final AllowedNetworks defaults = new AllowedNetworks(DEFAULTS.allowedNetworks());

  @Test
  void noProxyIsTrustedByDefault() {
    assertThat(DEFAULTS.trustedProxies()).isEmpty();
  }

  @Test
  void onlyLoopbackIsAllowedByDefault() {
    assertThat(defaults.allows("127.0.0.1")).isTrue();
    assertThat(defaults.allows("0:0:0:0:0:0:0:1")).isTrue();
  }

  @Test
  void privateRangesPublicAddressesAndNeighbouringRangesAreRefusedByDefault() {
    assertThat(defaults.allows("10.20.30.40")).isFalse();
    assertThat(defaults.allows("172.31.255.255")).isFalse();
    assertThat(defaults.allows("192.168.1.10")).isFalse();
    assertThat(defaults.allows("8.8.8.8")).isFalse();
    assertThat(defaults.allows("2001:db8::1")).isFalse();
  }

  @Test
  void aSingleOfficeSubnetCanBeConfigured() {
    AllowedNetworks office = new AllowedNetworks(List.of("10.1.2.0/24"));

    assertThat(office.allows("10.1.2.200")).isTrue();
    assertThat(office.allows("10.1.3.1")).isFalse();
    assertThat(office.allows("127.0.0.1")).isFalse();
  }

  @Test
  void aMalformedNetworkFailsAtStartUp() {
    assertThatThrownBy(() -> new AllowedNetworks(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
