package org.kofu.admin.export;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.admin.issuance.LogFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code export_request} (migration V4_1). */
@Repository
class ExportRepository {

  private final JdbcTemplate jdbc;

  ExportRepository(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  long insert(String requestedBy, Instant at, LogFilter f) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var insert =
              connection.prepareStatement(
                  "INSERT INTO export_request (requested_by, requested_at, from_date, to_date,"
                      + " certificate_type, kiosk_id, decision, certificate_number, request_id,"
                      + " person_key, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')",
                  new String[] {"id"});
          insert.setString(1, requestedBy);
          insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
          insert.setDate(3, f.from() == null ? null : Date.valueOf(f.from()));
          insert.setDate(4, f.to() == null ? null : Date.valueOf(f.to()));
          insert.setString(5, blankToNull(f.certificateType()));
          insert.setString(6, blankToNull(f.kioskId()));
          insert.setString(7, blankToNull(f.decision()));
          insert.setString(8, blankToNull(f.certificateNumber()));
          insert.setString(9, blankToNull(f.requestId()));
          insert.setString(10, blankToNull(f.personKey()));
          return insert;
        },
        key);
    return key.getKey().longValue();
  }

  long insertCoverage(String requestedBy, Instant at, long scanId) {
    return insertFor(requestedBy, at, ExportRequest.COVERAGE, "coverage_scan_id", scanId);
  }

  long insertNotifyList(String requestedBy, Instant at, long incidentId) {
    return insertFor(requestedBy, at, ExportRequest.NOTIFY_LIST, "incident_id", incidentId);
  }

  /** A request of {@code kind} for one row that {@code column} (a constant above) names. */
  private long insertFor(String requestedBy, Instant at, String kind, String column, long id) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var insert =
              connection.prepareStatement(
                  "INSERT INTO export_request (requested_by, requested_at, kind, "
                      + column
                      + ", status) VALUES (?, ?, ?, ?, 'PENDING')",
                  new String[] {"id"});
          insert.setString(1, requestedBy);
          insert.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
          insert.setString(3, kind);
          insert.setLong(4, id);
          return insert;
        },
        key);
    return key.getKey().longValue();
  }

  /** Moves a request from one status to another; false when it was not in {@code from}. */
  boolean decide(long id, String from, String to, String by, Instant at) {
    return jdbc.update(
            "UPDATE export_request SET status = ?, decided_by = ?, decided_at = ?"
                + " WHERE id = ? AND status = ?",
            to,
            by,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
            id,
            from)
        == 1;
  }

  /** Claims the one download of an approved request by its requester. */
  boolean claimDownload(long id, String requester, Instant at) {
    return jdbc.update(
            "UPDATE export_request SET status = 'DOWNLOADED', downloaded_at = ?"
                + " WHERE id = ? AND status = 'APPROVED' AND requested_by = ?",
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
            id,
            requester)
        == 1;
  }

  ExportRequest find(long id) {
    return jdbc.queryForObject(
        "SELECT * FROM export_request WHERE id = ?", ExportRepository::row, id);
  }

  List<ExportRequest> latest(int limit) {
    return jdbc.query(
        "SELECT * FROM export_request ORDER BY id DESC FETCH FIRST ? ROWS ONLY",
        ExportRepository::row,
        limit);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static ExportRequest row(ResultSet rs, int n) throws SQLException {
    Date from = rs.getDate("from_date");
    Date to = rs.getDate("to_date");
    LogFilter filter =
        new LogFilter(
            from == null ? null : from.toLocalDate(),
            to == null ? null : to.toLocalDate(),
            rs.getString("certificate_type"),
            rs.getString("kiosk_id"),
            rs.getString("decision"),
            rs.getString("certificate_number"),
            rs.getString("request_id"),
            rs.getString("person_key"));
    long scan = rs.getLong("coverage_scan_id");
    Long scanId = rs.wasNull() ? null : scan;
    long incident = rs.getLong("incident_id");
    return new ExportRequest(
        rs.getLong("id"),
        rs.getString("kind"),
        scanId,
        rs.wasNull() ? null : incident,
        rs.getString("requested_by"),
        instant(rs, "requested_at"),
        filter,
        rs.getString("status"),
        rs.getString("decided_by"),
        instant(rs, "decided_at"),
        instant(rs, "downloaded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }
}
