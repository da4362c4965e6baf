package org.kofu.admin.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All SQL of the operating rules' registers (migration V1_5). */
@Repository
class RulesRepository {

  private final JdbcClient jdbc;

  RulesRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  List<Contact> contacts() {
    return jdbc.sql(
            "SELECT id, position, organisation, person, phone, note FROM emergency_contact"
                + " ORDER BY position, id")
        .query(
            (rs, row) ->
                new Contact(
                    rs.getLong(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  void addContact(int position, String organisation, String person, String phone, String note) {
    jdbc.sql(
            "INSERT INTO emergency_contact (position, organisation, person, phone, note)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(position, organisation, person, phone, note)
        .update();
  }

  void deleteContact(long id) {
    jdbc.sql("DELETE FROM emergency_contact WHERE id = ?").param(id).update();
  }

  List<Incident> incidents() {
    return jdbc.sql(
            "SELECT id, occurred_at, category, summary, recorded_by,"
                + " maintainer_notified_at, maintainer_notified_by, it_head_reported_at,"
                + " it_head_reported_by, director_reported_at, director_reported_by, closed_at,"
                + " closed_by FROM incident ORDER BY occurred_at DESC")
        .query(
            (rs, row) -> {
              Map<Incident.Step, Incident.Stamp> stamps = new EnumMap<>(Incident.Step.class);
              for (Incident.Step step : Incident.Step.values()) {
                int column = 6 + 2 * step.ordinal();
                Instant at = instant(rs, column);
                if (at != null) {
                  stamps.put(step, new Incident.Stamp(at, rs.getString(column + 1)));
                }
              }
              return new Incident(
                  rs.getLong(1),
                  instant(rs, 2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  stamps);
            })
        .list();
  }

  void addIncident(Instant occurredAt, String category, String summary, String recordedBy) {
    jdbc.sql(
            "INSERT INTO incident (occurred_at, category, summary, recorded_by)"
                + " VALUES (?, ?, ?, ?)")
        .params(utc(occurredAt), category, summary, recordedBy)
        .update();
  }

  /**
   * Stamps a step once, and only when the step before it (null for the first) is stamped: a second
   * stamp keeps the first, a step out of the rules' order changes nothing. True when stamped.
   */
  boolean stamp(long incidentId, Incident.Step step, Incident.Step before, String by, Instant at) {
    String sql =
        "UPDATE incident SET "
            + step.at
            + " = ?, "
            + step.by
            + " = ? WHERE id = ? AND "
            + step.at
            + " IS NULL"
            + (before == null ? "" : " AND " + before.at + " IS NOT NULL");
    return jdbc.sql(sql).params(utc(at), by, incidentId).update() == 1;
  }

  List<Document> documents() {
    return jdbc.sql(
            "SELECT id, title, edition, location, in_force, updated_at, updated_by, retired_by,"
                + " retired_at FROM document ORDER BY in_force DESC, title")
        .query(
            (rs, row) ->
                new Document(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    instant(rs, 6),
                    rs.getString(7),
                    rs.getString(8),
                    instant(rs, 9)))
        .list();
  }

  void addDocument(String title, String edition, String location, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO document (title, edition, location, in_force, updated_at, updated_by)"
                + " VALUES (?, ?, ?, TRUE, ?, ?)")
        .params(title, edition, location, utc(at), by)
        .update();
  }

  /** Changes a document in force; false when it is retired (or gone). */
  boolean updateDocument(long id, String edition, String location, String by, Instant at) {
    return jdbc.sql(
                "UPDATE document SET edition = ?, location = ?, updated_at = ?, updated_by = ?"
                    + " WHERE id = ? AND in_force")
            .params(edition, location, utc(at), by, id)
            .update()
        == 1;
  }

  /** Takes a document out of force; false when it already is. */
  boolean retire(long id, String by, Instant at) {
    return jdbc.sql(
                "UPDATE document SET in_force = FALSE, retired_by = ?, retired_at = ?"
                    + " WHERE id = ? AND in_force")
            .params(by, utc(at), id)
            .update()
        == 1;
  }

  List<DocumentRequest> requests() {
    return jdbc.sql(
            "SELECT r.id, r.document_id, d.title, r.kind, r.purpose, r.requested_by,"
                + " r.requested_at, r.status, r.decided_by, r.decided_at, r.reason,"
                + " r.completed_by, r.completed_at"
                + " FROM document_request r JOIN document d ON d.id = r.document_id"
                + " ORDER BY r.requested_at DESC, r.id DESC")
        .query(
            (rs, row) ->
                new DocumentRequest(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    instant(rs, 7),
                    rs.getString(8),
                    rs.getString(9),
                    instant(rs, 10),
                    rs.getString(11),
                    rs.getString(12),
                    instant(rs, 13)))
        .list();
  }

  /** A pending request for a document in force; false when the document is retired. */
  boolean addRequest(long documentId, String kind, String purpose, String by, Instant at) {
    return jdbc.sql(
                "INSERT INTO document_request (document_id, kind, purpose, requested_by,"
                    + " requested_at, status) SELECT id, ?, ?, ?, ?, 'PENDING' FROM document"
                    + " WHERE id = ? AND in_force")
            .params(kind, purpose, by, utc(at), documentId)
            .update()
        == 1;
  }

  boolean decide(long requestId, boolean approved, String reason, String by, Instant at) {
    return jdbc.sql(
                "UPDATE document_request SET status = ?, reason = ?, decided_by = ?,"
                    + " decided_at = ? WHERE id = ? AND status = 'PENDING'")
            .params(approved ? "APPROVED" : "REJECTED", reason, by, utc(at), requestId)
            .update()
        == 1;
  }

  /**
   * Records an approved take-out returned or an approved disposal carried out, once; false when the
   * request is not an approved one of that kind or is already recorded.
   */
  boolean complete(long requestId, String kind, String by, Instant at) {
    return jdbc.sql(
                "UPDATE document_request SET completed_by = ?, completed_at = ? WHERE id = ?"
                    + " AND kind = ? AND status = 'APPROVED' AND completed_at IS NULL")
            .params(by, utc(at), requestId, kind)
            .update()
        == 1;
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
