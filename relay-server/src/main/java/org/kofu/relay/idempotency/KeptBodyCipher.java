package org.kofu.relay.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.kofu.cache.contract.CacheProperties;
import org.kofu.cache.crypto.BodyCipher;
import org.kofu.cache.crypto.CacheKeyRing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts the body an issuance record keeps ({@code issuance_request.body_form}) with the cache's
 * key ring, so that the project database and every backup of it hold no certificate in clear. The
 * record's identity (request id, certificate number, person, type, dictionary, 証明日) is the AES-GCM
 * associated data: a body moved to another record, or a record whose identity was altered, does not
 * decrypt. Stored as: version byte, key id length and key id, nonce, ciphertext with tag. A body
 * kept in clear (before this) is not served: an unsealed body would escape the binding.
 */
@Component
public class KeptBodyCipher {

  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;

  private final BodyCipher cipher;

  @Autowired
  KeptBodyCipher(CacheProperties cache) {
    this(cache.crypto().toKeyRing());
  }

  public KeptBodyCipher(CacheKeyRing keys) {
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

    public static Identity of(StoredIssuance record) {
      return new Identity(
          record.requestId(),
          record.certificateNumber(),
          record.personKey(),
          record.certificateType(),
          record.form().dictionaryId(),
          record.form().issueDate());
    }

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
