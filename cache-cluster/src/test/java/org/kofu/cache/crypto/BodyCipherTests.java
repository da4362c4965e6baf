package org.kofu.cache.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class BodyCipherTests {

  private static final SecretKey OLD = key(1);
  private static final SecretKey NEW = key(2);
  private static final byte[] BODY = "氏名 函館 太郎".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CONTEXT = "A1|JUMINHYO".getBytes(StandardCharsets.UTF_8);

  static SecretKey key(int seed) {
    byte[] bytes = new byte[32];
    bytes[0] = (byte) seed;
    return new SecretKeySpec(bytes, "AES");
  }

  @Test
  void aValueWrittenUnderTheOldKeyStaysReadableAfterRotationAndNewValuesUseTheNewKey() {
    BodyCipher before = new BodyCipher(new CacheKeyRing(Map.of("k1", OLD), "k1"));
    BodyCipher.Sealed written = before.seal(BODY, CONTEXT);

    BodyCipher after = new BodyCipher(new CacheKeyRing(Map.of("k1", OLD, "k2", NEW), "k2"));

    assertThat(after.open(written, CONTEXT)).isEqualTo(BODY);
    assertThat(after.seal(BODY, CONTEXT).keyId()).isEqualTo("k2");
    assertThat(written.keyId()).isEqualTo("k1");
  }

  @Test
  void aValueMovedToAnotherSubjectDoesNotDecrypt() {
    BodyCipher cipher = new BodyCipher(new CacheKeyRing(Map.of("k1", OLD), "k1"));
    BodyCipher.Sealed sealed = cipher.seal(BODY, CONTEXT);

    assertThatThrownBy(() -> cipher.open(sealed, "A2|JUMINHYO".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BodyCipher.TamperedValueException.class);
  }

  @Test
  void aValueWhoseKeyIdWasSwappedDoesNotDecrypt() {
    BodyCipher cipher = new BodyCipher(new CacheKeyRing(Map.of("k1", OLD, "k2", OLD), "k1"));
    BodyCipher.Sealed sealed = cipher.seal(BODY, CONTEXT);
    BodyCipher.Sealed swapped = new BodyCipher.Sealed("k2", sealed.nonce(), sealed.ciphertext());

    assertThatThrownBy(() -> cipher.open(swapped, CONTEXT))
        .isInstanceOf(BodyCipher.TamperedValueException.class);
  }

  @Test
  void twoSealsOfTheSameBodyDifferInNonceAndCiphertext() {
    BodyCipher cipher = new BodyCipher(new CacheKeyRing(Map.of("k1", OLD), "k1"));

    BodyCipher.Sealed first = cipher.seal(BODY, CONTEXT);
    BodyCipher.Sealed second = cipher.seal(BODY, CONTEXT);

    assertThat(first.nonce()).hasSize(12).isNotEqualTo(second.nonce());
    assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
  }

  @Test
  void aKeyRingRefusesAnActiveKeyItDoesNotHold() {
    assertThatThrownBy(() -> new CacheKeyRing(Map.of("k1", OLD), "k2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k2");
  }
}
