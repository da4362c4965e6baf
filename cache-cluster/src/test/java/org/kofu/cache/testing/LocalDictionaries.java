package org.kofu.cache.testing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kofu.cache.compression.Dictionaries;

/** Dictionaries held in the test, standing in for the cluster's map. */
public final class LocalDictionaries implements Dictionaries {

  private final Map<String, byte[]> byId = new HashMap<>();
  private String active;

  public String activate(byte[] dictionary) {
    active = "test-" + Integer.toHexString(Arrays.hashCode(dictionary));
    byId.put(active, dictionary);
    return active;
  }

  @Override
  public Optional<String> activeId() {
    return Optional.ofNullable(active);
  }

  @Override
  public byte[] bytes(String id) {
    return byId.get(id);
  }
}
