package org.kofu.cache.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a random 96-bit nonce per value. The caller's context (subject, sources, time) and
 * the key id are authenticated with the value, so a member cannot move a value to another subject,
 * pass it off as made from other data, or swap its key id.
 */
public final class BodyCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final CacheKeyRing keys;
  private final SecureRandom random = new SecureRandom();

  public BodyCipher(CacheKeyRing keys) {
    this.keys = keys;
  }

  /** An encrypted value: the key id, the nonce and the ciphertext with its tag. */
  public record Sealed(String keyId, byte[] nonce, byte[] ciphertext) {}

  public Sealed seal(byte[] plaintext, byte[] context) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    String keyId = keys.activeKeyId();
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(context, keyId));
      return new Sealed(keyId, nonce, cipher.doFinal(plaintext));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * Decrypts a value.
   *
   * @throws javax.crypto.AEADBadTagException (wrapped) when the value or its context was altered
   */
  public byte[] open(Sealed sealed, byte[] context) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          keys.key(sealed.keyId()),
          new GCMParameterSpec(TAG_BITS, sealed.nonce()));
      cipher.updateAAD(associatedData(context, sealed.keyId()));
      return cipher.doFinal(sealed.ciphertext());
    } catch (GeneralSecurityException e) {
      throw new TamperedValueException(e);
    }
  }

  private static byte[] associatedData(byte[] context, String keyId) {
    byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
    byte[] aad = new byte[context.length + 1 + id.length];
    System.arraycopy(context, 0, aad, 0, context.length);
    System.arraycopy(id, 0, aad, context.length + 1, id.length);
    return aad;
  }

  /** A value that does not decrypt under its key id and context. */
  public static final class TamperedValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TamperedValueException(Throwable cause) {
      super("cached value does not authenticate", cause);
    }
  }
}
