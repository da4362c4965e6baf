package org.kofu.relay.security;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.x500.X500Principal;
import org.apache.commons.codec.digest.DigestUtils;

/** The client certificates configured as the center's, by subject or by SHA-256 fingerprint. */
final class CenterCertificates {

  private final Set<X500Principal> subjects;
  private final Set<String> fingerprints;

  CenterCertificates(CenterProperties properties) {
    this.subjects =
        properties.subjects().stream().map(CenterCertificates::subject).collect(Collectors.toSet());
    this.fingerprints =
        properties.fingerprints().stream()
            .map(CenterCertificates::fingerprint)
            .collect(Collectors.toSet());
  }

  boolean isCenter(X509Certificate certificate) {
    return subjects.contains(certificate.getSubjectX500Principal())
        || (!fingerprints.isEmpty() && fingerprints.contains(sha256(certificate)));
  }

  static String sha256(X509Certificate certificate) {
    try {
      return DigestUtils.sha256Hex(certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X500Principal subject(String name) {
    if (name.contains("<")) {
      throw new IllegalStateException(
          "kofu.relay.center.subjects: still the example's placeholder, set the center's subject");
    }
    try {
      return new X500Principal(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "kofu.relay.center.subjects: not a distinguished name (RFC 2253)", e);
    }
  }

  private static String fingerprint(String text) {
    String hex = text.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new IllegalStateException(
          "kofu.relay.center.fingerprints: a SHA-256 fingerprint is 64 hex digits (colons allowed)");
    }
    return hex;
  }
}
