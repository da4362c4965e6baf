package org.kofu.cache.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Reads the keys named by {@link CryptoProperties}; a key id given twice is an error. */
final class KeyRingLoader {

  private KeyRingLoader() {}

  static CacheKeyRing load(CryptoProperties properties) {
    Map<String, SecretKey> keys = new HashMap<>();
    properties.keys().forEach((id, base64) -> add(keys, id, decode(id, base64)));
    properties
        .keyFiles()
        .forEach(
            (id, file) -> {
              try {
                add(keys, id, decode(id, Files.readString(file)));
              } catch (IOException e) {
                throw new IllegalStateException("cannot read key file of " + id + ": " + file, e);
              }
            });
    if (properties.keystore() != null) {
      fromKeystore(properties.keystore()).forEach((id, key) -> add(keys, id, key));
    }
    return new CacheKeyRing(keys, properties.activeKeyId());
  }

  private static SecretKey decode(String id, String base64) {
    try {
      return new SecretKeySpec(Base64.getDecoder().decode(base64.strip()), "AES");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("key " + id + " is not base64", e);
    }
  }

  private static void add(Map<String, SecretKey> keys, String id, SecretKey key) {
    if (keys.putIfAbsent(id, key) != null) {
      throw new IllegalArgumentException("key id " + id + " is given twice");
    }
  }

  private static Map<String, SecretKey> fromKeystore(CryptoProperties.Keystore keystore) {
    char[] password = keystore.password() == null ? new char[0] : keystore.password().toCharArray();
    Map<String, SecretKey> keys = new HashMap<>();
    try (InputStream in = Files.newInputStream(keystore.path())) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof SecretKey key) {
          keys.put(alias, new SecretKeySpec(key.getEncoded(), "AES"));
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read keystore " + keystore.path(), e);
    }
    return keys;
  }
}
