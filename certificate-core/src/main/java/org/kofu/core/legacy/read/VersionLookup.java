package org.kofu.core.legacy.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kofu.core.legacy.gaiji.GaijiReads;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the current {@code version} of rows named as in {@link
 * org.kofu.core.certificate.SourceVersions} ("{@code schema.table:key}"), a table at a time, with
 * the first key column in an IN list of at most {@value #IN_LIST} values (Oracle allows 1,000).
 */
public final class VersionLookup {

  /** The most values the readers put in one IN list: Oracle allows 1,000. */
  public static final int IN_LIST = 500;

  private VersionLookup() {}

  /**
   * The current version of each row of {@code schema} named in {@code rowIds} that still exists,
   * using {@code sqlByTable} (one query per table, see {@link #collect}); ids of other schemas are
   * ignored, a table of the schema without a query is an error.
   */
  public static Map<String, Long> currentVersions(
      JdbcClient jdbc, String schema, Map<String, String> sqlByTable, Collection<String> rowIds) {
    Map<String, Long> out = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : bySchemaTable(rowIds, schema).entrySet()) {
      if (e.getKey().equals(schema + ".gaiji")) {
        GaijiReads.currentVersions(jdbc, e.getKey(), e.getValue(), out);
        continue;
      }
      String sql = sqlByTable.get(e.getKey());
      if (sql == null) {
        throw new IllegalArgumentException("not a table read for certificates: " + e.getKey());
      }
      collect(jdbc, e.getKey(), sql, e.getValue(), out);
    }
    return out;
  }

  /** Requested row ids grouped by table, keeping only those of {@code schema}. */
  static Map<String, Set<String>> bySchemaTable(Collection<String> rowIds, String schema) {
    Map<String, Set<String>> byTable = new LinkedHashMap<>();
    for (String id : rowIds) {
      int colon = id.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("not a row id: " + id);
      }
      String table = id.substring(0, colon);
      if (table.startsWith(schema + ".")) {
        byTable.computeIfAbsent(table, t -> new java.util.HashSet<>()).add(id);
      }
    }
    return byTable;
  }

  /**
   * Runs {@code sql} (which selects the key columns then {@code version}, with {@code :ids} for the
   * first key column) for the first key components of {@code wanted}, and puts the version of each
   * wanted row that still exists into {@code out}.
   */
  static void collect(
      JdbcClient jdbc, String table, String sql, Set<String> wanted, Map<String, Long> out) {
    List<Long> firsts =
        wanted.stream()
            .map(id -> id.substring(table.length() + 1).split("/", 2)[0])
            .map(Long::valueOf)
            .distinct()
            .toList();
    for (int from = 0; from < firsts.size(); from += IN_LIST) {
      List<Long> chunk = firsts.subList(from, Math.min(firsts.size(), from + IN_LIST));
      Map<String, Long> found = new HashMap<>();
      RowCallbackHandler handler =
          rs -> {
            int keys = rs.getMetaData().getColumnCount() - 1;
            List<String> parts = new ArrayList<>(keys);
            for (int i = 1; i <= keys; i++) {
              parts.add(Long.toString(rs.getLong(i)));
            }
            found.put(table + ":" + String.join("/", parts), rs.getLong(keys + 1));
          };
      jdbc.sql(sql).param("ids", chunk).query(handler);
      found.forEach(
          (id, version) -> {
            if (wanted.contains(id)) {
              out.put(id, version);
            }
          });
    }
  }
}
