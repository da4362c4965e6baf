package org.kofu.admin.investigation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.cache.compression.Dictionaries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The compression dictionaries the relays copied into {@code body_dictionary} (V5_5), read to
 * decompress a kept body; each checked against its id, which is made from its bytes.
 */
@Component
class StoredDictionaries implements Dictionaries {

  private final JdbcClient jdbc;
  private final Map<String, byte[]> read = new ConcurrentHashMap<>();

  StoredDictionaries(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public Optional<String> activeId() {
    return Optional.empty();
  }

  @Override
  public byte[] bytes(String id) {
    return read.computeIfAbsent(
        id,
        key -> {
          byte[] bytes =
              jdbc.sql("SELECT dictionary FROM body_dictionary WHERE dictionary_id = ?")
                  .param(key)
                  .query(byte[].class)
                  .optional()
                  .orElseThrow(() -> new IllegalStateException("no body dictionary " + key));
          if (!ClusterDictionaries.idOf(bytes).equals(key)) {
            throw new IllegalStateException("dictionary " + key + " does not match its bytes");
          }
          return bytes;
        });
  }
}
