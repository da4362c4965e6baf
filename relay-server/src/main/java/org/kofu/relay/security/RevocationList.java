package org.kofu.relay.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CA's certificate revocation list, from a file the city keeps current: read at start (a
 * missing, unreadable or unsigned list stops the relay), looked at again every check interval and
 * re-read when the file changed. A later list that cannot be read or verified is not taken: the one
 * in force stays (and the failure is logged), so that a half-written file never lets a revoked
 * certificate through nor refuses the center.
 */
final class RevocationList {

  private static final Logger log = LoggerFactory.getLogger(RevocationList.class);

  private final Path file;
  private final List<X509Certificate> authorities;
  private final Clock clock;
  private final Duration checkInterval;
  private volatile X509CRL crl;
  private volatile FileTime modified;
  private volatile Instant nextCheck;

  RevocationList(Path file, KeyStore trustStore, Clock clock, Duration checkInterval) {
    this.file = file;
    this.authorities = authorities(trustStore);
    this.clock = clock;
    this.checkInterval = checkInterval;
    try {
      this.modified = Files.getLastModifiedTime(file);
      this.crl = read();
    } catch (IOException | GeneralSecurityException | IllegalStateException e) {
      throw new IllegalStateException("kofu.relay.center.crl: cannot use " + file + ": " + e, e);
    }
    this.nextCheck = clock.instant().plus(checkInterval);
  }

  boolean isRevoked(X509Certificate certificate) {
    refreshIfChanged();
    return crl.isRevoked(certificate);
  }

  private void refreshIfChanged() {
    Instant now = clock.instant();
    if (now.isBefore(nextCheck)) {
      return;
    }
    synchronized (this) {
      if (now.isBefore(nextCheck)) {
        return;
      }
      nextCheck = now.plus(checkInterval);
      try {
        FileTime current = Files.getLastModifiedTime(file);
        if (!current.equals(modified)) {
          crl = read();
          modified = current;
          log.info("certificate revocation list re-read: {} entries", entries());
        }
      } catch (IOException | GeneralSecurityException | IllegalStateException e) {
        log.error(
            "certificate revocation list not re-read, the previous one stays: {}", e.toString());
      }
    }
  }

  private int entries() {
    var revoked = crl.getRevokedCertificates();
    return revoked == null ? 0 : revoked.size();
  }

  private X509CRL read() throws IOException, GeneralSecurityException {
    X509CRL read;
    try (InputStream in = Files.newInputStream(file)) {
      read = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
    }
    X509Certificate issuer =
        authorities.stream()
            .filter(ca -> ca.getSubjectX500Principal().equals(read.getIssuerX500Principal()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("the list's issuer is no CA of the trust store"));
    read.verify(issuer.getPublicKey());
    if (read.getNextUpdate() != null
        && read.getNextUpdate().toInstant().isBefore(clock.instant())) {
      log.warn("certificate revocation list past its next update: the CA's current one is due");
    }
    return read;
  }

  private static List<X509Certificate> authorities(KeyStore trustStore) {
    List<X509Certificate> found = new ArrayList<>();
    try {
      for (String alias : Collections.list(trustStore.aliases())) {
        if (trustStore.getCertificate(alias) instanceof X509Certificate certificate) {
          found.add(certificate);
        }
      }
    } catch (KeyStoreException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }
}
