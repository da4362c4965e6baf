package org.kofu.batch.delta;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The delta job's SQL on the existing systems: journal rows and the persons a change touches. */
final class LegacyChanges {

  private static final int IN_LIST = 500;

  private final JdbcClient madoguchi;
  private final JdbcClient koseki;

  LegacyChanges(DataSource madoguchi, DataSource koseki) {
    this.madoguchi = JdbcClient.create(madoguchi);
    this.koseki = JdbcClient.create(koseki);
  }

  List<JournalRow> above(JournalSource source, long low) {
    String columns =
        source == JournalSource.MADOGUCHI
            ? "atena_no, setai_no, NULL"
            // a NULL of seq's type on every engine: Oracle has no BIGINT to cast to, and pgjdbc
            // reads a Long only from int8
            : "NULLIF(seq, seq), koseki_id, kojin_no";
    return (source == JournalSource.MADOGUCHI ? madoguchi : koseki)
        .sql(
            "SELECT seq, changed_at, table_name, "
                + columns
                + " FROM "
                + source.table()
                + " WHERE seq > :low ORDER BY seq")
        .param("low", low)
        .query(
            (rs, n) ->
                new JournalRow(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3).trim(),
                    rs.getObject(4, Long.class),
                    rs.getObject(5, Long.class),
                    rs.getObject(6) == null ? null : rs.getInt(6)))
        .list();
  }

  /**
   * Every resident of the households by 世帯番号, whatever their status (a move out touches them too).
   */
  Map<Long, List<Long>> householdMembers(Collection<Long> setaiNos) {
    return pairs(
        madoguchi,
        "SELECT setai_no, atena_no FROM madoguchi.jumin WHERE setai_no IN (:ids)",
        setaiNos);
  }

  /** The householder's 宛名番号 of each household that still exists. */
  Map<Long, Long> householders(Collection<Long> setaiNos) {
    Map<Long, Long> heads = new HashMap<>();
    pairs(
            madoguchi,
            "SELECT setai_no, setainushi_atena_no FROM madoguchi.setai WHERE setai_no IN (:ids)",
            setaiNos)
        .forEach((setai, head) -> heads.put(setai, head.get(0)));
    return heads;
  }

  /** The resident (宛名番号) of each register entry, for the entries that have one. */
  Set<Long> entryResidents(Collection<Long> kosekiIds, Set<List<Long>> entries) {
    Set<Long> found = new TreeSet<>();
    List<Long> all = new ArrayList<>(kosekiIds);
    for (int i = 0; i < all.size(); i += IN_LIST) {
      koseki
          .sql(
              "SELECT koseki_id, kojin_no, atena_no FROM koseki.kojin"
                  + " WHERE atena_no IS NOT NULL AND koseki_id IN (:ids)")
          .param("ids", all.subList(i, Math.min(all.size(), i + IN_LIST)))
          .query(
              (RowCallbackHandler)
                  rs -> {
                    if (entries.contains(List.of(rs.getLong(1), rs.getLong(2)))) {
                      found.add(rs.getLong(3));
                    }
                  });
    }
    return found;
  }

  /** The registers that record any of these residents, whatever the entry's state. */
  Set<Long> registersOf(Collection<Long> atenaNos) {
    return inChunks(
        koseki, "SELECT DISTINCT koseki_id FROM koseki.kojin WHERE atena_no IN (:ids)", atenaNos);
  }

  /** The household (世帯番号) of each resident that still has a record. */
  Set<Long> householdsOf(Collection<Long> atenaNos) {
    return inChunks(
        madoguchi,
        "SELECT DISTINCT setai_no FROM madoguchi.jumin WHERE atena_no IN (:ids)",
        atenaNos);
  }

  /** Every resident recorded in the registers. */
  Set<Long> registerResidents(Collection<Long> kosekiIds) {
    return inChunks(
        koseki,
        "SELECT atena_no FROM koseki.kojin WHERE atena_no IS NOT NULL AND koseki_id IN (:ids)",
        kosekiIds);
  }

  private static Map<Long, List<Long>> pairs(JdbcClient jdbc, String sql, Collection<Long> ids) {
    Map<Long, List<Long>> found = new HashMap<>();
    List<Long> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += IN_LIST) {
      List<Long> part = all.subList(i, Math.min(all.size(), i + IN_LIST));
      jdbc.sql(sql)
          .param("ids", part)
          .query(
              (RowCallbackHandler)
                  rs ->
                      found
                          .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                          .add(rs.getLong(2)));
    }
    return found;
  }

  private static Set<Long> inChunks(JdbcClient jdbc, String sql, Collection<Long> ids) {
    Set<Long> found = new TreeSet<>();
    List<Long> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += IN_LIST) {
      List<Long> part = all.subList(i, Math.min(all.size(), i + IN_LIST));
      found.addAll(jdbc.sql(sql).param("ids", part).query(Long.class).list());
    }
    return found;
  }
}
