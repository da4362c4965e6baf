package org.kofu.cache.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRingLoaderTests {

  private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);

  @TempDir Path dir;

  @Test
  void keysComeFromPropertiesFilesAndAPkcs12Keystore() throws Exception {
    Path keyFile = dir.resolve("k2.key");
    Files.writeString(keyFile, Base64.getEncoder().encodeToString(new byte[16]) + "\n");
    Path store = dir.resolve("cache-keys.p12");
    KeyStore keyStore = KeyStore.getInstance("PKCS12");
    keyStore.load(null, null);
    char[] password = "changeit".toCharArray();
    keyStore.setEntry(
        "k3",
        new KeyStore.SecretKeyEntry(BodyCipherTests.key(3)),
        new KeyStore.PasswordProtection(password));
    try (OutputStream out = Files.newOutputStream(store)) {
      keyStore.store(out, password);
    }

    CacheKeyRing ring =
        new CryptoProperties(
                "k3",
                Map.of("k1", K1),
                Map.of("k2", keyFile),
                new CryptoProperties.Keystore(store, "changeit"))
            .toKeyRing();

    assertThat(ring.ids()).containsExactlyInAnyOrder("k1", "k2", "k3");
    assertThat(ring.activeKeyId()).isEqualTo("k3");
    assertThat(ring.active().getEncoded()).isEqualTo(BodyCipherTests.key(3).getEncoded());
  }

  @Test
  void aKeyIdGivenTwiceIsAnError() throws Exception {
    Path keyFile = dir.resolve("k1.key");
    Files.writeString(keyFile, K1);

    assertThatThrownBy(
            () ->
                new CryptoProperties("k1", Map.of("k1", K1), Map.of("k1", keyFile), null)
                    .toKeyRing())
        .hasMessageContaining("given twice");
  }

  @Test
  void aKeyOfTheWrongLengthIsRefused() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[10]);

    assertThatThrownBy(
            () -> new CryptoProperties("k1", Map.of("k1", shortKey), null, null).toKeyRing())
        .hasMessageContaining("AES key");
  }
}
