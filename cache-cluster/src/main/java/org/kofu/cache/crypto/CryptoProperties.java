package org.kofu.cache.crypto;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the cache keys come from ({@code kofu.cache.crypto.*}). Keys never live in a file of the
 * repository: give them as base64 through the environment ({@code KOFU_CACHE_CRYPTO_KEYS_K2026A}),
 * as files holding base64, or as secret-key entries of a PKCS12 keystore (alias = key id).
 *
 * @param activeKeyId the id new values are encrypted with
 * @param keys key id to base64 AES key
 * @param keyFiles key id to a file holding a base64 AES key
 * @param keystore a PKCS12 keystore whose secret-key entries are keys, or null
 */
public record CryptoProperties(
    @NotBlank String activeKeyId,
    Map<String, String> keys,
    Map<String, Path> keyFiles,
    Keystore keystore) {

  public CryptoProperties {
    keys = keys == null ? Map.of() : Map.copyOf(keys);
    keyFiles = keyFiles == null ? Map.of() : Map.copyOf(keyFiles);
  }

  /**
   * A PKCS12 keystore.
   *
   * @param path the keystore file
   * @param password the store password, also each entry's
   */
  public record Keystore(Path path, String password) {}

  public CacheKeyRing toKeyRing() {
    return KeyRingLoader.load(this);
  }
}
