package org.kofu.cache.compression;

import java.util.Optional;

/** Where compression dictionaries are found by id, and which one new values use. */
public interface Dictionaries {

  /** The id of the dictionary new values are compressed with; empty for plain zstd. */
  Optional<String> activeId();

  /**
   * The dictionary with this id.
   *
   * @throws IllegalStateException if no dictionary has this id
   */
  byte[] bytes(String id);
}
