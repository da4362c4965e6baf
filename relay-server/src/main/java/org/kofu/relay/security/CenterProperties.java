package org.kofu.relay.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which client certificates are the center's ({@code kofu.relay.center.*}). Being signed by a CA of
 * the trust store is not enough: a request over TLS is served only when its client certificate is
 * one of these and not on the CA's revocation list.
 *
 * @param subjects the center's certificate subjects (RFC 2253, e.g. {@code CN=...,O=...,C=JP}); in
 *     YAML a list, on a command line or in the environment indexed ({@code subjects[0]=...}) since
 *     a comma-separated value would split the name at its commas
 * @param fingerprints SHA-256 fingerprints of the center's certificates (hex, colons optional);
 *     several while the center rolls its certificate over
 * @param crl the CA's certificate revocation list (PEM or DER file), re-read when it changes; none:
 *     no revocation check
 * @param crlCheckInterval how often the CRL file is looked at for a change
 */
@ConfigurationProperties("kofu.relay.center")
public record CenterProperties(
    @DefaultValue List<String> subjects,
    @DefaultValue List<String> fingerprints,
    String crl,
    @DefaultValue("10s") Duration crlCheckInterval) {

  public CenterProperties {
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    fingerprints = fingerprints == null ? List.of() : List.copyOf(fingerprints);
  }

  boolean namesTheCenter() {
    return !subjects.isEmpty() || !fingerprints.isEmpty();
  }
}
