package org.kofu.projectdb.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coverage tables: the scan job writes a scan's findings and, once every step has run, its
 * counts and completion; readers only ever see completed scans.
 */
public class CoverageResults {

  private static final String INSERT =
      "INSERT INTO coverage_finding (scan_id, source_system, record_table, record_key,"
          + " person_key, register_id, atena_no, field, kind, code_points, mj_name, printed_as,"
          + " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String FINDINGS =
      "SELECT source_system, record_table, record_key, person_key, register_id, atena_no, field,"
          + " kind, code_points, mj_name, printed_as, reason FROM coverage_finding"
          + " WHERE scan_id = ? ORDER BY id";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public CoverageResults(DataSource projectDb) {
    this.jdbc = JdbcClient.create(projectDb);
    this.template = new JdbcTemplate(projectDb);
  }

  /** Opens a scan; a restarted execution keeps its row and the findings of its finished steps. */
  public void start(long scanId, Instant at) {
    if (jdbc.sql("SELECT COUNT(*) FROM coverage_scan WHERE scan_id = ?")
            .param(scanId)
            .query(Long.class)
            .single()
        == 0) {
      jdbc.sql("INSERT INTO coverage_scan (scan_id, started_at) VALUES (?, ?)")
          .params(scanId, utc(at))
          .update();
    }
  }

  public void add(long scanId, List<CoverageFinding> findings) {
    template.batchUpdate(
        INSERT,
        findings,
        findings.size(),
        (ps, f) -> {
          ps.setLong(1, scanId);
          ps.setString(2, f.system());
          ps.setString(3, f.table());
          ps.setString(4, f.recordKey());
          ps.setString(5, f.personKey());
          ps.setObject(6, f.registerId(), Types.BIGINT);
          ps.setObject(7, f.atenaNo(), Types.BIGINT);
          ps.setString(8, f.field());
          ps.setString(9, f.kind());
          ps.setString(10, f.codePoints());
          ps.setString(11, f.mjName());
          ps.setString(12, f.printedAs());
          ps.setString(13, f.reason());
        });
  }

  /**
   * Counts the scan's findings and completes it.
   *
   * @param scanned what was read: per system and unit, with zero counts filled in here
   */
  public CoverageScan complete(long scanId, List<CoverageCount> scanned, Instant at) {
    List<CoverageCount> counts = new ArrayList<>();
    for (CoverageCount s : scanned) {
      String key = CoverageCount.PERSON.equals(s.unit()) ? "person_key" : "register_id";
      long unprintable = distinct(key, scanId, s.system(), CoverageFinding.UNPRINTABLE, false);
      long gaijiOnly = distinct(key, scanId, s.system(), CoverageFinding.GAIJI, true);
      counts.add(new CoverageCount(s.system(), s.unit(), s.scanned(), unprintable, gaijiOnly));
      jdbc.sql(
              "INSERT INTO coverage_count (scan_id, source_system, unit, scanned,"
                  + " unprintable, gaiji_only) VALUES (?, ?, ?, ?, ?, ?)")
          .params(scanId, s.system(), s.unit(), s.scanned(), unprintable, gaijiOnly)
          .update();
    }
    jdbc.sql("UPDATE coverage_scan SET completed_at = ? WHERE scan_id = ?")
        .params(utc(at), scanId)
        .update();
    return latest().orElseThrow();
  }

  /** The latest completed scan. */
  public Optional<CoverageScan> latest() {
    List<Object[]> scans =
        jdbc.sql(
                "SELECT scan_id, started_at, completed_at FROM coverage_scan"
                    + " WHERE completed_at IS NOT NULL ORDER BY completed_at DESC,"
                    + " scan_id DESC FETCH FIRST 1 ROWS ONLY")
            .query((rs, n) -> new Object[] {rs.getLong(1), instant(rs, 2), instant(rs, 3)})
            .list();
    if (scans.isEmpty()) {
      return Optional.empty();
    }
    long id = (Long) scans.get(0)[0];
    List<CoverageCount> counts =
        jdbc.sql(
                "SELECT source_system, unit, scanned, unprintable, gaiji_only FROM coverage_count"
                    + " WHERE scan_id = ? ORDER BY source_system DESC, unit")
            .param(id)
            .query(
                (rs, n) ->
                    new CoverageCount(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5)))
            .list();
    return Optional.of(
        new CoverageScan(id, (Instant) scans.get(0)[1], (Instant) scans.get(0)[2], counts));
  }

  public List<CoverageFinding> findings(long scanId) {
    List<CoverageFinding> all = new ArrayList<>();
    forEachFinding(scanId, all::add);
    return all;
  }

  /** Streams a scan's findings in the order they were written (for the CSV export). */
  public int forEachFinding(long scanId, Consumer<CoverageFinding> each) {
    int[] count = {0};
    template.query(
        FINDINGS,
        rs -> {
          each.accept(finding(rs));
          count[0]++;
        },
        scanId);
    return count[0];
  }

  private long distinct(String key, long scanId, String system, String kind, boolean only) {
    String sql =
        "SELECT COUNT(DISTINCT "
            + key
            + ") FROM coverage_finding WHERE scan_id = ? AND source_system = ? AND kind = ?"
            + " AND "
            + key
            + " IS NOT NULL";
    if (only) {
      // printable only through gaiji rows: not also counted as unprintable
      sql +=
          " AND "
              + key
              + " NOT IN (SELECT "
              + key
              + " FROM coverage_finding WHERE scan_id = ? AND source_system = ?"
              + " AND kind = 'UNPRINTABLE' AND "
              + key
              + " IS NOT NULL)";
      return jdbc.sql(sql).params(scanId, system, kind, scanId, system).query(Long.class).single();
    }
    return jdbc.sql(sql).params(scanId, system, kind).query(Long.class).single();
  }

  private static CoverageFinding finding(ResultSet rs) throws SQLException {
    return new CoverageFinding(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getObject(5) == null ? null : rs.getLong(5),
        rs.getObject(6) == null ? null : rs.getLong(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12));
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }
}
