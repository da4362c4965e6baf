package org.kofu.admin.investigation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links of incidents to issuances and the requests to show a kept body (V28_1); portable SQL. */
@Repository
class InvestigationRepository {

  private static final String LINKED =
      "SELECT r.request_id, r.certificate_number, r.certificate_type, r.issue_date, r.issued_at,"
          + " r.kiosk_id, r.outcome, r.person_key, r.body_form IS NOT NULL AS kept,"
          + " (SELECT MAX(l.options) FROM issuance_log l WHERE l.request_id = r.request_id"
          + " AND l.decision = 'ISSUED') AS options, i.linked_how, i.linked_by"
          + " FROM incident_issuance i JOIN issuance_request r ON r.request_id = i.request_id"
          + " WHERE i.incident_id = ? ORDER BY r.issued_at, r.request_id";

  private static final String REQUESTS =
      "SELECT id, incident_id, request_id, reason, requested_by, requested_at, status, decided_by,"
          + " decided_at FROM body_display_request";

  private final JdbcClient jdbc;

  InvestigationRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** An incident as the investigation view offers it. */
  public record IncidentChoice(long id, Instant occurredAt, String category, String summary) {}

  /** Newest first. */
  List<IncidentChoice> incidents() {
    return jdbc.sql("SELECT id, occurred_at, category, summary FROM incident ORDER BY id DESC")
        .query(
            (rs, n) ->
                new IncidentChoice(
                    rs.getLong("id"),
                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                    rs.getString("category"),
                    rs.getString("summary")))
        .list();
  }

  boolean incidentExists(long incidentId) {
    return jdbc.sql("SELECT COUNT(*) FROM incident WHERE id = ?")
            .param(incidentId)
            .query(Integer.class)
            .single()
        == 1;
  }

  /** Links the issuance unless it is linked already; true when a link was added. */
  boolean link(long incidentId, String requestId, String how, String by, Instant at) {
    boolean linked =
        jdbc.sql("SELECT COUNT(*) FROM incident_issuance WHERE incident_id = ? AND request_id = ?")
                .params(incidentId, requestId)
                .query(Integer.class)
                .single()
            > 0;
    if (linked) {
      return false;
    }
    jdbc.sql(
            "INSERT INTO incident_issuance (incident_id, request_id, linked_how, linked_by,"
                + " linked_at) VALUES (?, ?, ?, ?, ?)")
        .params(incidentId, requestId, how, by, at.atOffset(ZoneOffset.UTC))
        .update();
    return true;
  }

  List<LinkedIssuance> linked(long incidentId) {
    return jdbc.sql(LINKED).param(incidentId).query(InvestigationRepository::linkedRow).list();
  }

  long requestDisplay(long incidentId, String requestId, String reason, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO body_display_request (incident_id, request_id, reason, requested_by,"
                + " requested_at, status) VALUES (?, ?, ?, ?, ?, 'PENDING')")
        .params(incidentId, requestId, reason, by, at.atOffset(ZoneOffset.UTC))
        .update();
    return jdbc.sql(
            "SELECT MAX(id) FROM body_display_request WHERE request_id = ? AND requested_by = ?")
        .params(requestId, by)
        .query(Long.class)
        .single();
  }

  Optional<DisplayRequest> displayRequest(long id) {
    return jdbc.sql(REQUESTS + " WHERE id = ?")
        .param(id)
        .query(InvestigationRepository::requestRow)
        .optional();
  }

  List<DisplayRequest> displayRequests(long incidentId) {
    return jdbc.sql(REQUESTS + " WHERE incident_id = ? ORDER BY id DESC")
        .param(incidentId)
        .query(InvestigationRepository::requestRow)
        .list();
  }

  /** Decides a pending request; false when it was no longer pending. */
  boolean decide(long id, String status, String by, Instant at) {
    return jdbc.sql(
                "UPDATE body_display_request SET status = ?, decided_by = ?, decided_at = ?"
                    + " WHERE id = ? AND status = 'PENDING'")
            .params(status, by, at.atOffset(ZoneOffset.UTC), id)
            .update()
        == 1;
  }

  /** Marks an approved request shown, once; false when it was not (or no longer) approved. */
  boolean claimShowing(long id, String requester, Instant at) {
    return jdbc.sql(
                "UPDATE body_display_request SET status = 'SHOWN', shown_at = ?"
                    + " WHERE id = ? AND requested_by = ? AND status = 'APPROVED'")
            .params(at.atOffset(ZoneOffset.UTC), id, requester)
            .update()
        == 1;
  }

  private static LinkedIssuance linkedRow(ResultSet rs, int n) throws SQLException {
    java.sql.Date issueDate = rs.getDate("issue_date");
    return new LinkedIssuance(
        rs.getString("request_id"),
        rs.getString("certificate_number"),
        rs.getString("certificate_type"),
        rs.getString("options"),
        issueDate == null ? null : issueDate.toLocalDate(),
        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
        rs.getString("kiosk_id"),
        rs.getString("outcome"),
        rs.getString("person_key"),
        rs.getBoolean("kept"),
        rs.getString("linked_how"),
        rs.getString("linked_by"));
  }

  private static DisplayRequest requestRow(ResultSet rs, int n) throws SQLException {
    OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
    return new DisplayRequest(
        rs.getLong("id"),
        rs.getLong("incident_id"),
        rs.getString("request_id"),
        rs.getString("reason"),
        rs.getString("requested_by"),
        rs.getObject("requested_at", OffsetDateTime.class).toInstant(),
        rs.getString("status"),
        rs.getString("decided_by"),
        decided == null ? null : decided.toInstant());
  }
}
