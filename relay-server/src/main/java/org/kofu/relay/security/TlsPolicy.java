package org.kofu.relay.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.springframework.boot.web.server.Ssl;

/**
 * TLS 1.3 and 1.2 with AEAD suites (GCM, ChaCha20-Poly1305) and forward secrecy only, whatever the
 * JVM's defaults: the JDK still enables CBC suites on 1.2, and a relaxed {@code java.security}
 * could bring back 1.1. A configuration asking for anything else refuses to start rather than be
 * silently narrowed.
 */
final class TlsPolicy {

  static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
  static final List<String> CIPHERS =
      List.of(
          "TLS_AES_256_GCM_SHA384",
          "TLS_AES_128_GCM_SHA256",
          "TLS_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256");

  private TlsPolicy() {}

  /** Refuses {@code server.ssl.enabled-protocols} or {@code ciphers} beyond the policy's. */
  static void check(Ssl ssl) {
    String[] protocols = ssl.getEnabledProtocols();
    if (protocols != null && !Set.copyOf(PROTOCOLS).containsAll(Arrays.asList(protocols))) {
      throw new IllegalStateException(
          "server.ssl.enabled-protocols: only " + PROTOCOLS + " are allowed");
    }
    String[] ciphers = ssl.getCiphers();
    if (ciphers != null && !Set.copyOf(CIPHERS).containsAll(Arrays.asList(ciphers))) {
      throw new IllegalStateException("server.ssl.ciphers: only AEAD suites " + CIPHERS);
    }
  }

  /** Sets the policy on the connector's TLS host configurations (Spring Boot made them). */
  static void pin(Connector connector) {
    for (SSLHostConfig host : connector.findSslHostConfigs()) {
      // Tomcat's syntax: from an empty set, each "+" adds one (a plain list draws a warning)
      host.setProtocols("+" + String.join("+", PROTOCOLS));
      host.setCiphers(String.join(",", CIPHERS));
      host.setHonorCipherOrder(true);
    }
  }
}
