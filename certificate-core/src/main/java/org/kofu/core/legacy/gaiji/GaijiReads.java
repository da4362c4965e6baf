package org.kofu.core.legacy.gaiji;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kofu.core.legacy.read.VersionLookup;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queries on a {@code gaiji} table, the same for both systems. The key is the stored character
 * (VARCHAR), so its version lookup is not {@link VersionLookup}'s numeric one.
 */
public final class GaijiReads {

  private GaijiReads() {}

  /** The rows of {@code table} for the characters {@code puas}, by code point. */
  public static Map<Integer, GaijiRow> rows(
      JdbcClient jdbc, String table, Collection<Integer> puas) {
    Map<Integer, GaijiRow> out = new HashMap<>();
    for (List<String> chunk : chunks(puas)) {
      jdbc.sql("SELECT pua, mj_code, ucs, version FROM " + table + " WHERE pua IN (:puas)")
          .param("puas", chunk)
          .query(
              (rs, n) ->
                  new GaijiRow(
                      table,
                      rs.getString(1).codePointAt(0),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4)))
          .list()
          .forEach(r -> out.put(r.pua(), r));
    }
    return out;
  }

  /**
   * The current version of each row of {@code table} named in {@code ids} ("{@code
   * schema.gaiji:<code point>}") that still exists.
   */
  public static void currentVersions(
      JdbcClient jdbc, String table, Collection<String> ids, Map<String, Long> out) {
    List<Integer> puas =
        ids.stream().map(id -> Integer.valueOf(id.substring(table.length() + 1))).toList();
    rows(jdbc, table, puas).values().forEach(r -> out.put(table + ":" + r.rowKey(), r.version()));
  }

  private static List<List<String>> chunks(Collection<Integer> puas) {
    List<String> all = puas.stream().distinct().map(Character::toString).toList();
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += VersionLookup.IN_LIST) {
      chunks.add(all.subList(from, Math.min(all.size(), from + VersionLookup.IN_LIST)));
    }
    return chunks;
  }
}
