package org.kofu.projectdb.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** All SQL of {@code honseki_registration} (migration V1_4). */
public class RegistrationRepository {

  private static final String COLUMNS =
      "id, juminhyo_code, name, kana, birth_date, honseki, hittosha, requested_at, status,"
          + " koseki_id, kojin_no, decided_by, decided_at, reason";

  private final JdbcClient jdbc;

  public RegistrationRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  public long insertPending(NewRegistration request) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO honseki_registration (juminhyo_code, name, kana, birth_date, honseki,"
                + " hittosha, requested_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING')")
        .params(
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

  public List<Registration> byStatus(RegistrationStatus status) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM honseki_registration WHERE status = ? ORDER BY requested_at")
        .param(status.name())
        .query((rs, row) -> registration(rs))
        .list();
  }

  public Optional<Registration> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM honseki_registration WHERE id = ?")
        .param(id)
        .query((rs, row) -> registration(rs))
        .optional();
  }

  /** The approved registration of a resident, the one the relay issues 戸籍 certificates by. */
  public Optional<Registration> approvedFor(String juminhyoCode) {
    return jdbc
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM honseki_registration WHERE juminhyo_code = ? AND status = 'APPROVED'"
                + " ORDER BY decided_at DESC")
        .param(juminhyoCode)
        .query((rs, row) -> registration(rs))
        .list()
        .stream()
        .findFirst();
  }

  /** Approves a pending registration; false when it was not pending (decided by someone else). */
  public boolean approve(long id, String kosekiId, String kojinNo, String by, Instant at) {
    return jdbc.sql(
                "UPDATE honseki_registration SET status = 'APPROVED', koseki_id = ?, kojin_no = ?,"
                    + " decided_by = ?, decided_at = ?, reason = NULL"
                    + " WHERE id = ? AND status = 'PENDING'")
            .params(kosekiId, kojinNo, by, utc(at), id)
            .update()
        == 1;
  }

  /** Rejects a pending registration with a reason; false when it was not pending. */
  public boolean reject(long id, String reason, String by, Instant at) {
    return jdbc.sql(
                "UPDATE honseki_registration SET status = 'REJECTED', reason = ?, decided_by = ?,"
                    + " decided_at = ? WHERE id = ? AND status = 'PENDING'")
            .params(reason, by, utc(at), id)
            .update()
        == 1;
  }

  private static Registration registration(ResultSet rs) throws SQLException {
    return new Registration(
        rs.getLong("id"),
        rs.getString("juminhyo_code"),
        rs.getString("name"),
        rs.getString("kana"),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("honseki"),
        rs.getString("hittosha"),
        instant(rs, "requested_at"),
        RegistrationStatus.valueOf(rs.getString("status")),
        rs.getString("koseki_id"),
        rs.getString("kojin_no"),
        rs.getString("decided_by"),
        instant(rs, "decided_at"),
        rs.getString("reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
