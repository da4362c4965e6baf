package org.kofu.relay.idempotency;

import java.time.LocalDate;
import org.kofu.cache.contract.CacheProperties;
import org.kofu.cache.crypto.BodyCipher;
import org.kofu.cache.crypto.CacheKeyRing;
import org.kofu.cache.crypto.KeptBodySeal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts the body an issuance record keeps ({@code issuance_request.body_form}) with the cache's
 * key ring, so that the project database and every backup of it hold no certificate in clear. The
 * record's identity (request id, certificate number, person, type, dictionary, 証明日) is the AES-GCM
 * associated data: a body moved to another record, or a record whose identity was altered, does not
 * decrypt. The format is cache-cluster's {@link KeptBodySeal}, which the admin opens too. A body
 * kept in clear (before this) is not served: an unsealed body would escape the binding.
 */
@Component
public class KeptBodyCipher {

  private final KeptBodySeal seal;

  @Autowired
  KeptBodyCipher(CacheProperties cache) {
    this(cache.crypto().toKeyRing());
  }

  public KeptBodyCipher(CacheKeyRing keys) {
    this.seal = new KeptBodySeal(keys);
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

    KeptBodySeal.Identity sealed() {
      return new KeptBodySeal.Identity(
          requestId, certificateNumber, personKey, certificateType, dictionaryId, issueDate);
    }
  }

  public byte[] seal(byte[] compressed, Identity identity) {
    return seal.seal(compressed, identity.sealed());
  }

  /**
   * The compressed body of a kept form.
   *
   * @throws BodyCipher.TamperedValueException when it was altered or belongs to another record
   * @throws CacheKeyRing.UnknownKeyException when its key is no longer in the key ring
   */
  public byte[] open(byte[] kept, Identity identity) {
    return seal.open(kept, identity.sealed());
  }
}
