package org.kofu.relay.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.RelayTestContext;
import org.kofu.testsupport.DevCa;
import org.kofu.testsupport.MutableClock;

/**
 * The CA's revocation list from {@code ops/tls/make-dev-ca}: re-read when the file changes (at most
 * once per check interval), a later unreadable file leaves the list in force, and a list not signed
 * by a CA of the trust store stops the relay.
 */
class RevocationListIT {

  private static final Path TLS = Path.of("target/tls-revocation");
  private static KeyStore trustStore;
  private static X509Certificate revoked;
  private static X509Certificate center;

  @BeforeAll
  static void makeCa() throws Exception {
    DevCa.make(TLS, null);
    run(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-gencrl",
        "-alias",
        "ca",
        "-keystore",
        TLS.resolve("ca.p12").toString(),
        "-storepass",
        "changeit",
        "-rfc",
        "-file",
        TLS.resolve("empty-crl.pem").toString());
    trustStore = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(TLS.resolve("truststore.p12"))) {
      trustStore.load(in, "changeit".toCharArray());
    }
    revoked = certificate("revoked.pem");
    center = certificate("center.pem");
  }

  private static void run(String... command) throws Exception {
    Files.createDirectories(TLS);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
  }

  private static X509Certificate certificate(String name) throws Exception {
    try (InputStream in = Files.newInputStream(TLS.resolve(name))) {
      return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  @Test
  void aChangedListIsReadAgainAfterTheCheckInterval() throws Exception {
    Path file = TLS.resolve("crl-in-use.pem");
    Files.copy(TLS.resolve("empty-crl.pem"), file, StandardCopyOption.REPLACE_EXISTING);
    MutableClock clock = new MutableClock(RelayTestContext.TOKYO);
    Instant start = Instant.now();
    clock.set(start);
    RevocationList list = new RevocationList(file, trustStore, clock, Duration.ofSeconds(10));
    assertThat(list.isRevoked(revoked)).isFalse();

    // the city puts the CA's new list in place
    Files.copy(TLS.resolve("crl.pem"), file, StandardCopyOption.REPLACE_EXISTING);
    Files.setLastModifiedTime(file, FileTime.from(start.plusSeconds(60)));
    assertThat(list.isRevoked(revoked)).as("within the check interval").isFalse();
    clock.set(start.plusSeconds(11));
    assertThat(list.isRevoked(revoked)).isTrue();
    assertThat(list.isRevoked(center)).isFalse();

    // a half-written file: the list in force stays
    Files.writeString(file, "-----BEGIN X509 CRL-----\nnot a list");
    Files.setLastModifiedTime(file, FileTime.from(start.plusSeconds(120)));
    clock.set(start.plusSeconds(22));
    assertThat(list.isRevoked(revoked)).isTrue();
  }

  @Test
  void aListNotSignedByACaOfTheTrustStoreStopsTheRelay() throws Exception {
    KeyStore other = KeyStore.getInstance("PKCS12");
    other.load(null, null);
    assertThatThrownBy(
            () ->
                new RevocationList(
                    TLS.resolve("crl.pem"),
                    other,
                    new MutableClock(RelayTestContext.TOKYO),
                    Duration.ofSeconds(10)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kofu.relay.center.crl");
  }
}
