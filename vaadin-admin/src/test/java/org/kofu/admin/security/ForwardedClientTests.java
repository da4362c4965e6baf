package org.kofu.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ForwardedClientTests {

  private final ForwardedClient noProxies = new ForwardedClient(List.of());
  private final ForwardedClient behindIngress = new ForwardedClient(List.of("10.0.0.0/24"));

  @Test
  void withoutTrustedProxiesAForgedHeaderIsIgnored() {
    MockHttpServletRequest request = from("203.0.113.9");
    request.addHeader("X-Forwarded-For", "127.0.0.1");
    request.addHeader("Forwarded", "for=127.0.0.1");

    assertThat(noProxies.addressOf(request)).isEqualTo("203.0.113.9");
  }

  @Test
  void aHeaderFromAPeerThatIsNoTrustedProxyIsIgnored() {
    MockHttpServletRequest request = from("10.0.1.5");
    request.addHeader("X-Forwarded-For", "10.10.5.20");

    assertThat(behindIngress.addressOf(request)).isEqualTo("10.0.1.5");
  }

  @Test
  void aTrustedProxysHeaderNamesTheClient() {
    MockHttpServletRequest request = from("10.0.0.7");
    request.addHeader("X-Forwarded-For", "10.10.5.20");

    assertThat(behindIngress.addressOf(request)).isEqualTo("10.10.5.20");
  }

  @Test
  void whatAClientWroteBeforeTheTrustedProxyIsNotBelieved() {
    // the client sent "X-Forwarded-For: 127.0.0.1"; the ingress appended the address it saw
    MockHttpServletRequest request = from("10.0.0.7");
    request.addHeader("X-Forwarded-For", "127.0.0.1, 203.0.113.9");

    assertThat(behindIngress.addressOf(request)).isEqualTo("203.0.113.9");
  }

  @Test
  void chainedTrustedProxiesAreWalkedFromTheRight() {
    MockHttpServletRequest request = from("10.0.0.7");
    request.addHeader("X-Forwarded-For", "10.10.5.20, 10.0.0.8");

    assertThat(behindIngress.addressOf(request)).isEqualTo("10.10.5.20");
  }

  @Test
  void forwardedTakesPrecedenceWithPortsAndIpv6() {
    MockHttpServletRequest request = from("10.0.0.7");
    request.addHeader("X-Forwarded-For", "198.51.100.1");
    request.addHeader("Forwarded", "for=\"[2001:db8:cafe::17]:4711\";proto=https");

    assertThat(behindIngress.addressOf(request)).isEqualTo("2001:db8:cafe:0:0:0:0:17");
  }

  @Test
  void anEntryThatIsNoAddressStopsAtTheProxy() {
    MockHttpServletRequest request = from("10.0.0.7");
    request.addHeader("Forwarded", "for=localhost, for=unknown");

    assertThat(behindIngress.addressOf(request)).isEqualTo("10.0.0.7");
  }

  @Test
  void onlyLiteralAddressesAreTaken() {
    assertThat(ForwardedClient.literal("192.0.2.1:8080")).contains("192.0.2.1");
    assertThat(ForwardedClient.literal("256.0.0.1")).isEmpty();
    assertThat(ForwardedClient.literal("admin.city.example")).isEmpty();
    assertThat(ForwardedClient.literal("abc:def")).isEmpty();
    assertThat(ForwardedClient.literal("_hidden")).isEmpty();
    assertThat(ForwardedClient.literal("::1")).contains("0:0:0:0:0:0:0:1");
  }

  private static MockHttpServletRequest from(String peer) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
    request.setRemoteAddr(peer);
    return request;
  }
}
