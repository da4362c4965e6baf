package org.kofu.relay.idempotency;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.cache.compression.Dictionaries;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The compression dictionaries of kept bodies, in the project database ({@code body_dictionary},
 * V5_5): copied from the cache cluster before the first record that needs one is stored, read from
 * here when a repeat rebuilds a body, so that a repeat does not depend on the cluster still holding
 * the dictionary. Only decompresses: {@link #activeId()} is empty.
 */
@Component
public class KeptBodyDictionaries implements Dictionaries {

  private final JdbcClient jdbc;
  private final ClusterDictionaries cluster;
  private final Clock clock;
  private final Set<String> stored = ConcurrentHashMap.newKeySet();
  private final Map<String, byte[]> read = new ConcurrentHashMap<>();

  public KeptBodyDictionaries(
      DataSource projectDataSource, ClusterDictionaries cluster, Clock clock) {
    this.jdbc = JdbcClient.create(projectDataSource);
    this.cluster = cluster;
    this.clock = clock;
  }

  /**
   * Makes sure the project database holds this dictionary: one statement the first time this
   * process sees an id, nothing after that. The bytes come from the cluster (this process has just
   * used them, so they are in its memory).
   */
  public void keep(String dictionaryId) {
    if (dictionaryId.equals(BodyCompressor.NO_DICTIONARY) || stored.contains(dictionaryId)) {
      return;
    }
    byte[] bytes = cluster.bytes(dictionaryId);
    checkId(dictionaryId, bytes);
    // looked up first: every node after the first would otherwise leave a duplicate-key error in
    // the database's log each time it starts
    boolean present =
        jdbc.sql("SELECT COUNT(*) FROM body_dictionary WHERE dictionary_id = ?")
                .param(dictionaryId)
                .query(Integer.class)
                .single()
            > 0;
    if (!present) {
      try {
        jdbc.sql(
                "INSERT INTO body_dictionary (dictionary_id, dictionary, stored_at)"
                    + " VALUES (?, ?, ?)")
            .params(dictionaryId, bytes, clock.instant().atOffset(ZoneOffset.UTC))
            .update();
      } catch (DuplicateKeyException e) {
        // another node stored it first: the same bytes, as the id is made from them
      }
    }
    stored.add(dictionaryId);
  }

  @Override
  public Optional<String> activeId() {
    return Optional.empty();
  }

  /**
   * @throws IllegalStateException when the project database has no such dictionary, or one whose
   *     bytes do not give its id
   */
  @Override
  public byte[] bytes(String dictionaryId) {
    return read.computeIfAbsent(
        dictionaryId,
        id -> {
          byte[] bytes =
              jdbc.sql("SELECT dictionary FROM body_dictionary WHERE dictionary_id = ?")
                  .param(id)
                  .query(byte[].class)
                  .optional()
                  .orElseThrow(
                      () -> new IllegalStateException("no body dictionary " + id + " is kept"));
          checkId(id, bytes);
          return bytes;
        });
  }

  private static void checkId(String dictionaryId, byte[] bytes) {
    if (!ClusterDictionaries.idOf(bytes).equals(dictionaryId)) {
      throw new IllegalStateException("dictionary " + dictionaryId + " does not match its bytes");
    }
  }
}
