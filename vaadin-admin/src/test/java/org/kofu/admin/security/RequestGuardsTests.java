package org.kofu.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.admin.AdminProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class RequestGuardsTests {

  private final AdminProperties properties =
      new AdminProperties(
          new AdminProperties.Password(12, 5, 5),
          new AdminProperties.Session(Duration.ofMinutes(30), Duration.ofHours(12)),
          List.of("192.168.0.0/16"),
          List.of("10.0.0.0/24"),
          null,
          false,
          new AdminProperties.Alerts(5000));

  @Test
  void aClientOutsideTheAllowedNetworksIsRefusedBeforeSignIn() throws Exception {
    Filter filter = new RequestGuards().clientNetworkFilter(properties).getFilter();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
    request.setRemoteAddr("203.0.113.9");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void aClientInsideTheAllowedNetworksPasses() throws Exception {
    Filter filter = new RequestGuards().clientNetworkFilter(properties).getFilter();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
    request.setRemoteAddr("192.168.10.20");
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    assertThat(chain.getRequest().getRemoteAddr()).isEqualTo("192.168.10.20");
  }

  @Test
  void aForgedForwardedForFromAnUntrustedPeerIsRefused() throws Exception {
    Filter filter = new RequestGuards().clientNetworkFilter(properties).getFilter();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
    request.setRemoteAddr("203.0.113.9");
    request.addHeader("X-Forwarded-For", "192.168.10.20");
    request.addHeader("Forwarded", "for=192.168.10.20");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, response, chain);

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void aClientBehindATrustedProxyPassesUnderItsOwnAddress() throws Exception {
    Filter filter = new RequestGuards().clientNetworkFilter(properties).getFilter();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
    request.setRemoteAddr("10.0.0.7");
    request.addHeader("X-Forwarded-For", "192.168.10.20");
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(request, new MockHttpServletResponse(), chain);

    // what the audit trail records (ClientAddress reads the request handed on)
    assertThat(chain.getRequest().getRemoteAddr()).isEqualTo("192.168.10.20");
  }

  @Test
  void aTrustedProxyOutsideTheAllowedNetworksCannotLetAnOutsiderIn() throws Exception {
    Filter filter = new RequestGuards().clientNetworkFilter(properties).getFilter();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
    request.setRemoteAddr("10.0.0.7");
    request.addHeader("X-Forwarded-For", "203.0.113.9");
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(request, response, new MockFilterChain());

    assertThat(response.getStatus()).isEqualTo(403);
  }

  @Test
  void aSessionOlderThanTheAbsoluteTimeoutIsEndedEvenIfActive() throws Exception {
    MockHttpSession session = new MockHttpSession();
    Instant thirteenHoursLater =
        Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(13));
    Filter filter =
        new RequestGuards()
            .absoluteSessionTimeoutFilter(
                properties, Clock.fixed(thirteenHoursLater, ZoneOffset.UTC))
            .getFilter();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
    request.setSession(session);

    filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void aYoungerSessionIsKept() throws Exception {
    MockHttpSession session = new MockHttpSession();
    Instant elevenHoursLater =
        Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(11));
    Filter filter =
        new RequestGuards()
            .absoluteSessionTimeoutFilter(properties, Clock.fixed(elevenHoursLater, ZoneOffset.UTC))
            .getFilter();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
    request.setSession(session);

    filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

    assertThat(session.isInvalid()).isFalse();
  }
}
