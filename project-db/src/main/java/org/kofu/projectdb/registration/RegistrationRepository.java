package org.kofu.projectdb.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * All SQL of {@code honseki_registration} (V1_4, V6_1). A decision changes a row only from the
 * state and version the decider saw; the table's unique keys allow one approved registration per
 * 住民票コード and per person, whatever several clerks do at once.
 */
public class RegistrationRepository {

  private static final String COLUMNS =
      "id, request_id, juminhyo_code, name, kana, birth_date, honseki, hittosha, requested_at,"
          + " status, koseki_id, kojin_no, decided_by, decided_at, reason, ended_by, ended_at,"
          + " end_reason, version";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM honseki_registration";

  private final JdbcClient jdbc;

  public RegistrationRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * Stores a PENDING application; a requestId already stored fails with Spring's {@code
   * DuplicateKeyException} (the caller then answers the stored one).
   */
  public long insertPending(NewRegistration request) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO honseki_registration (request_id, juminhyo_code, name, kana, birth_date,"
                + " honseki, hittosha, requested_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'PENDING')")
        .params(
            request.requestId(),
            request.juminhyoCode(),
            request.name(),
            request.kana(),
            request.birthDate(),
            request.honseki(),
            request.hittosha(),
            utc(request.requestedAt()))
        .update(key, "id");
    return key.getKeyAs(Long.class);
  }

  public Optional<Registration> byRequestId(String requestId) {
    return jdbc.sql(SELECT + " WHERE request_id = ?").param(requestId).query(this::row).optional();
  }

  public List<Registration> byStatus(RegistrationStatus status) {
    return jdbc.sql(SELECT + " WHERE status = ? ORDER BY requested_at, id")
        .param(status.name())
        .query(this::row)
        .list();
  }

  public Optional<Registration> find(long id) {
    return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::row).optional();
  }

  /** The approved registration of a 住民票コード (at most one: a unique key). */
  public Optional<Registration> approvedFor(String juminhyoCode) {
    return jdbc.sql(SELECT + " WHERE approved_code = ?")
        .param(juminhyoCode)
        .query(this::row)
        .optional();
  }

  /** The approved registrations whose person is in one of these registers. */
  public List<Registration> approvedIn(Collection<Long> kosekiIds) {
    if (kosekiIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " WHERE status = 'APPROVED' AND koseki_id IN (:ids) ORDER BY id")
        .param("ids", kosekiIds)
        .query(this::row)
        .list();
  }

  /**
   * Approves a pending registration at the version the clerk saw, recording the chosen person;
   * false when it was decided or changed meanwhile. Another approved registration of the same
   * 住民票コード or person fails with {@code DuplicateKeyException}.
   */
  public boolean approve(long id, long version, long kosekiId, int kojinNo, String by, Instant at) {
    return jdbc.sql(
                "UPDATE honseki_registration SET status = 'APPROVED', koseki_id = ?, kojin_no = ?,"
                    + " approved_code = juminhyo_code, approved_person = ?, decided_by = ?,"
                    + " decided_at = ?, reason = NULL, version = version + 1"
                    + " WHERE id = ? AND status = 'PENDING' AND version = ?")
            .params(kosekiId, kojinNo, "K" + kosekiId + "-" + kojinNo, by, utc(at), id, version)
            .update()
        == 1;
  }

  /** Rejects a pending registration at the version the clerk saw; false otherwise. */
  public boolean reject(long id, long version, String reason, String by, Instant at) {
    return jdbc.sql(
                "UPDATE honseki_registration SET status = 'REJECTED', reason = ?, decided_by = ?,"
                    + " decided_at = ?, version = version + 1"
                    + " WHERE id = ? AND status = 'PENDING' AND version = ?")
            .params(reason, by, utc(at), id, version)
            .update()
        == 1;
  }

  /** Suspends an approved registration (the system's finding); false when it was not approved. */
  public boolean suspend(long id, String reason, String by, Instant at) {
    return end(id, "SUSPENDED", "status = 'APPROVED'", null, reason, by, at);
  }

  /** Revokes an approved or suspended registration at the version the clerk saw. */
  public boolean revoke(long id, long version, String reason, String by, Instant at) {
    return end(
        id,
        "REVOKED",
        "status IN ('APPROVED', 'SUSPENDED') AND version = ?",
        version,
        reason,
        by,
        at);
  }

  private boolean end(
      long id, String to, String from, Long version, String reason, String by, Instant at) {
    var statement =
        jdbc.sql(
                "UPDATE honseki_registration SET status = ?, approved_code = NULL,"
                    + " approved_person = NULL, ended_by = ?, ended_at = ?, end_reason = ?,"
                    + " version = version + 1 WHERE id = ? AND "
                    + from)
            .params(to, by, utc(at), reason, id);
    return (version == null ? statement : statement.param(version)).update() == 1;
  }

  private Registration row(ResultSet rs, int n) throws SQLException {
    return new Registration(
        rs.getLong("id"),
        rs.getString("request_id"),
        rs.getString("juminhyo_code"),
        rs.getString("name"),
        rs.getString("kana"),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("honseki"),
        rs.getString("hittosha"),
        instant(rs, "requested_at"),
        RegistrationStatus.valueOf(rs.getString("status").trim()),
        rs.getObject("koseki_id", Long.class),
        rs.getObject("kojin_no", Integer.class),
        rs.getString("decided_by"),
        instant(rs, "decided_at"),
        rs.getString("reason"),
        rs.getString("ended_by"),
        instant(rs, "ended_at"),
        rs.getString("end_reason"),
        rs.getLong("version"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
