package org.kofu.relay.idempotency;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * What an issuance record keeps of the certificate it served: the body's cache form compressed as
 * the cache holds it, and the 証明日 stamped on it; with the record's certificate number that is
 * enough to rebuild the served bytes ({@code issuance.KeptBodies}). Holds personal data: never log
 * it.
 *
 * @param dictionaryId the compression dictionary it needs ({@code none} for plain zstd)
 * @param compressed the compressed cache form; as stored and read back, encrypted ({@link
 *     KeptBodyCipher})
 * @param issueDate the 証明日
 */
public record KeptBody(String dictionaryId, byte[] compressed, LocalDate issueDate) {

  @Override
  public boolean equals(Object o) {
    return o instanceof KeptBody f
        && f.dictionaryId.equals(dictionaryId)
        && f.issueDate.equals(issueDate)
        && Arrays.equals(f.compressed, compressed);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(compressed);
  }

  @Override
  public String toString() {
    return "KeptBody[" + dictionaryId + ", " + issueDate + ", " + compressed.length + " B]";
  }
}
