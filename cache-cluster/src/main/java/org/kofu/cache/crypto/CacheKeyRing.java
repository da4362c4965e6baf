package org.kofu.cache.crypto;

import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;

/**
 * The AES keys a process knows, by id, and the one new values are encrypted with. Rotation without
 * downtime: first give every process the new key beside the old one, then make it active
 * everywhere, and drop the old key once the values written under it have been re-rendered.
 */
public final class CacheKeyRing {

  private final Map<String, SecretKey> keys;
  private final String activeKeyId;

  public CacheKeyRing(Map<String, SecretKey> keys, String activeKeyId) {
    this.keys = Map.copyOf(keys);
    this.activeKeyId = activeKeyId;
    if (!this.keys.containsKey(activeKeyId)) {
      throw new IllegalArgumentException("active key " + activeKeyId + " is not among " + ids());
    }
    this.keys.forEach(
        (id, key) -> {
          int bits = key.getEncoded().length * 8;
          if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || (bits != 128 && bits != 256)) {
            throw new IllegalArgumentException("key " + id + " is not a 128 or 256 bit AES key");
          }
        });
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  SecretKey active() {
    return keys.get(activeKeyId);
  }

  SecretKey key(String id) {
    SecretKey key = keys.get(id);
    if (key == null) {
      throw new UnknownKeyException(id);
    }
    return key;
  }

  public Set<String> ids() {
    return keys.keySet();
  }

  /** A value was written under a key this process does not know (not yet given, or dropped). */
  public static final class UnknownKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnknownKeyException(String id) {
      super("no cache key with id " + id);
    }
  }
}
