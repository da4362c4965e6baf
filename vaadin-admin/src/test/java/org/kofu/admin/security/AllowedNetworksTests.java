package org.kofu.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedNetworksTests {

  private final AllowedNetworks defaults =
      new AllowedNetworks(
          List.of("127.0.0.0/8", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"));

  @Test
  void loopbackAndPrivateRangesAreAllowedByDefault() {
    assertThat(defaults.allows("127.0.0.1")).isTrue();
    assertThat(defaults.allows("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(defaults.allows("10.20.30.40")).isTrue();
    assertThat(defaults.allows("172.31.255.255")).isTrue();
    assertThat(defaults.allows("192.168.1.10")).isTrue();
  }

  @Test
  void publicAddressesAndNeighbouringRangesAreRefused() {
    assertThat(defaults.allows("8.8.8.8")).isFalse();
    assertThat(defaults.allows("172.32.0.1")).isFalse();
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
