package org.kofu.cache.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The sealed form of a body an issuance record keeps ({@code issuance_request.body_form}): the
 * relay seals it when it stores an issuance, and the admin opens it when an investigation shows it
 * again, so both must read one format. AES-GCM through {@link BodyCipher} with the record's
 * identity (request id, certificate number, person, type, dictionary, 証明日) as associated data: a
 * body moved to another record, or a record whose identity was altered, does not open. Stored as:
 * version byte ({@link #VERSION}, which the purge reads to tell a sealed body from one in clear),
 * key id length and key id, nonce, ciphertext with tag.
 */
public final class KeptBodySeal {

  /** The first byte of every sealed kept body. */
  public static final byte VERSION = 1;

  private static final int NONCE_BYTES = 12;

  private final BodyCipher cipher;

  public KeptBodySeal(CacheKeyRing keys) {
    this.cipher = new BodyCipher(keys);
  }

  /** The identity a kept body is bound to: the columns of its record. */
  public record Identity(
      String requestId,
      String certificateNumber,
      String personKey,
      String certificateType,
      String dictionaryId,
      LocalDate issueDate) {

    byte[] context() {
      return String.join(
              "\n",
              "kept-body",
              requestId,
              certificateNumber,
              personKey,
              certificateType,
              dictionaryId,
              issueDate.toString())
          .getBytes(StandardCharsets.UTF_8);
    }
  }

  public byte[] seal(byte[] compressed, Identity identity) {
    BodyCipher.Sealed sealed = cipher.seal(compressed, identity.context());
    byte[] keyId = sealed.keyId().getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(2 + keyId.length + NONCE_BYTES + sealed.ciphertext().length)
        .put(VERSION)
        .put((byte) keyId.length)
        .put(keyId)
        .put(sealed.nonce())
        .put(sealed.ciphertext())
        .array();
  }

  /**
   * The compressed body of a kept form.
   *
   * @throws BodyCipher.TamperedValueException when it was altered or belongs to another record
   * @throws CacheKeyRing.UnknownKeyException when its key is no longer in the key ring
   * @throws IllegalArgumentException when it is not a sealed kept body (one kept in clear)
   */
  public byte[] open(byte[] kept, Identity identity) {
    ByteBuffer buffer = ByteBuffer.wrap(kept);
    if (buffer.get() != VERSION) {
      throw new IllegalArgumentException("not a kept body of a known format");
    }
    byte[] keyId = new byte[buffer.get()];
    byte[] nonce = new byte[NONCE_BYTES];
    buffer.get(keyId).get(nonce);
    byte[] ciphertext = new byte[buffer.remaining()];
    buffer.get(ciphertext);
    return cipher.open(
        new BodyCipher.Sealed(new String(keyId, StandardCharsets.UTF_8), nonce, ciphertext),
        identity.context());
  }
}
