package org.kofu.relay.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves a request that came over TLS only when its client certificate is the center's and not
 * revoked: any other, though signed by the center's CA, gets a 401 before any handler runs. The
 * refusal is logged and counted by kind, never with the certificate's subject (a person's name may
 * be in it). Requests on the loopback plain listener (development only) carry no certificate and
 * are not its concern.
 */
final class CenterOnlyFilter extends OncePerRequestFilter {

  static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";
  private static final Logger log = LoggerFactory.getLogger(CenterOnlyFilter.class);
  private static final byte[] BODY =
      ("{\"type\":\"https://kofu.invalid/problems/unauthorized\",\"title\":\"Unauthorized\","
              + "\"status\":401,\"detail\":\"the client certificate is not the center's\","
              + "\"reason\":\"UNAUTHORIZED\",\"requestId\":null}")
          .getBytes(StandardCharsets.UTF_8);

  /** Why a client was refused; the metric's {@code reason} tag. */
  enum Refusal {
    NO_CERTIFICATE("no-certificate"),
    REVOKED("revoked"),
    NOT_THE_CENTER("not-center");

    final String tag;

    Refusal(String tag) {
      this.tag = tag;
    }
  }

  private final CenterCertificates center;
  private final RevocationList revocations;
  private final Map<Refusal, Counter> refused = new EnumMap<>(Refusal.class);

  /**
   * @param revocations the CA's revocation list, or null when none is configured
   */
  CenterOnlyFilter(CenterCertificates center, RevocationList revocations, MeterRegistry registry) {
    this.center = center;
    this.revocations = revocations;
    for (Refusal refusal : Refusal.values()) {
      refused.put(
          refusal,
          Counter.builder("kofu.relay.client.refused")
              .description("requests over TLS refused for their client certificate, by reason")
              .tag("reason", refusal.tag)
              .register(registry));
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Refusal refusal = request.isSecure() ? refusal(request) : null;
    if (refusal == null) {
      chain.doFilter(request, response);
      return;
    }
    refused.get(refusal).increment();
    log.warn("client refused: {} (from {})", refusal.tag, request.getRemoteAddr());
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/problem+json");
    response.setContentLength(BODY.length);
    response.getOutputStream().write(BODY);
  }

  private Refusal refusal(HttpServletRequest request) {
    if (!(request.getAttribute(CERTIFICATES) instanceof X509Certificate[] chain)
        || chain.length == 0) {
      return Refusal.NO_CERTIFICATE;
    }
    if (revocations != null && revocations.isRevoked(chain[0])) {
      return Refusal.REVOKED;
    }
    return center.isCenter(chain[0]) ? null : Refusal.NOT_THE_CENTER;
  }
}
