package org.kofu.relay.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.Map;
import javax.net.ssl.SSLException;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11JsseProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the TLS handshakes the relay's mutual-TLS listener refuses, by reason: a client without a
 * certificate ({@code no-certificate}), with one the center's CA did not sign or that does not
 * verify ({@code untrusted}), or anything else the handshake refused: an old protocol, a weak
 * suite, plain HTTP ({@code other}). These never reach {@link CenterOnlyFilter}. Logged without the
 * peer's certificate.
 */
final class HandshakeRefusals {

  static final String METER = "kofu.relay.tls.handshake.refused";
  private static final Logger log = LoggerFactory.getLogger(HandshakeRefusals.class);

  private final Map<String, Counter> counters;

  HandshakeRefusals(MeterRegistry registry) {
    this.counters =
        Map.of(
            "no-certificate", counter(registry, "no-certificate"),
            "untrusted", counter(registry, "untrusted"),
            "other", counter(registry, "other"));
  }

  private static Counter counter(MeterRegistry registry, String reason) {
    return Counter.builder(METER)
        .description("TLS handshakes refused at the relay's mutual-TLS listener, by reason")
        .tag("reason", reason)
        .register(registry);
  }

  /** Makes the connector's TLS engines report their refused handshakes here. */
  void watch(Connector connector) {
    SSLHostConfig[] hosts = connector.findSslHostConfigs();
    if (hosts.length == 0
        || !(connector.getProtocolHandler() instanceof AbstractHttp11JsseProtocol<?> protocol)) {
      return;
    }
    protocol.setSslImplementationName(RefusalCountingImplementation.class.getName());
    for (SSLHostConfig host : hosts) {
      RefusalCountingImplementation.listen(host, this::refused);
    }
  }

  void refused(SSLException e) {
    String reason = reason(e);
    counters.get(reason).increment();
    log.warn("TLS handshake refused: {}", reason);
  }

  static String reason(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof CertificateException
          || cause instanceof CertPathValidatorException
          || cause instanceof CertPathBuilderException) {
        return "untrusted";
      }
      String message = String.valueOf(cause.getMessage());
      if (message.contains("Empty client certificate chain")
          || message.contains("certificate_required")) {
        return "no-certificate";
      }
    }
    return "other";
  }
}
