package org.kofu.admin.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
            "SELECT id, occurred_at, category, summary, recorded_by, maintainer_notified_at,"
                + " it_head_reported_at, director_reported_at, closed_at FROM incident"
                + " ORDER BY occurred_at DESC")
        .query(
            (rs, row) ->
                new Incident(
                    rs.getLong(1),
                    instant(rs, 2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    instant(rs, 6),
                    instant(rs, 7),
                    instant(rs, 8),
                    instant(rs, 9)))
        .list();
  }

  void addIncident(Instant occurredAt, String category, String summary, String recordedBy) {
    jdbc.sql(
            "INSERT INTO incident (occurred_at, category, summary, recorded_by)"
                + " VALUES (?, ?, ?, ?)")
        .params(utc(occurredAt), category, summary, recordedBy)
        .update();
  }

  /** Stamps a step once; a second stamp keeps the first time. */
  void stamp(long incidentId, Incident.Step step, Instant at) {
    jdbc.sql(
            "UPDATE incident SET "
                + step.column
                + " = ? WHERE id = ? AND "
                + step.column
                + " IS NULL")
        .params(utc(at), incidentId)
        .update();
  }

  List<Document> documents() {
    return jdbc.sql(
            "SELECT id, title, edition, location, in_force, updated_at FROM document ORDER BY title")
        .query(
            (rs, row) ->
                new Document(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    instant(rs, 6)))
        .list();
  }

  void addDocument(String title, String edition, String location, Instant at) {
    jdbc.sql(
            "INSERT INTO document (title, edition, location, in_force, updated_at)"
                + " VALUES (?, ?, ?, TRUE, ?)")
        .params(title, edition, location, utc(at))
        .update();
  }

  List<DocumentRequest> requests() {
    return jdbc.sql(
            "SELECT r.id, r.document_id, d.title, r.kind, r.purpose, r.requested_by,"
                + " r.requested_at, r.status, r.decided_by, r.decided_at, r.reason"
                + " FROM document_request r JOIN document d ON d.id = r.document_id"
                + " ORDER BY r.requested_at DESC")
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
                    rs.getString(11)))
        .list();
  }

  void addRequest(long documentId, String kind, String purpose, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO document_request (document_id, kind, purpose, requested_by,"
                + " requested_at, status) VALUES (?, ?, ?, ?, ?, 'PENDING')")
        .params(documentId, kind, purpose, by, utc(at))
        .update();
  }

  boolean decide(long requestId, boolean approved, String reason, String by, Instant at) {
    return jdbc.sql(
                "UPDATE document_request SET status = ?, reason = ?, decided_by = ?,"
                    + " decided_at = ? WHERE id = ? AND status = 'PENDING'")
            .params(approved ? "APPROVED" : "REJECTED", reason, by, utc(at), requestId)
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
