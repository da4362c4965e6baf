package org.kofu.admin.account;

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

/** All SQL of {@code admin_user}, {@code password_history} and {@code credential_event}. */
@Repository
class AccountRepository {

  private static final String COLUMNS =
      "id, login, display_name, role, password_hash, must_change, failed_attempts, locked,"
          + " enabled, password_changed_at, created_by";

  private final JdbcClient jdbc;

  AccountRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  Optional<AdminUser> find(String login) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM admin_user WHERE login = ?")
        .param(login)
        .query((rs, row) -> user(rs))
        .optional();
  }

  List<AdminUser> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM admin_user ORDER BY login")
        .query((rs, row) -> user(rs))
        .list();
  }

  boolean anyWithRole(Role role) {
    return jdbc.sql("SELECT COUNT(*) FROM admin_user WHERE role = ?")
            .param(role.name())
            .query(Integer.class)
            .single()
        > 0;
  }

  void insert(
      String login, String displayName, Role role, String hash, Instant now, String createdBy) {
    jdbc.sql(
            "INSERT INTO admin_user (login, display_name, role, password_hash, must_change,"
                + " failed_attempts, locked, enabled, password_changed_at, created_at, created_by)"
                + " VALUES (?, ?, ?, ?, TRUE, 0, FALSE, TRUE, ?, ?, ?)")
        .params(login, displayName, role.name(), hash, utc(now), utc(now), createdBy)
        .update();
    jdbc.sql(
            "INSERT INTO password_history (user_id, password_hash, set_at)"
                + " SELECT id, password_hash, password_changed_at FROM admin_user WHERE login = ?")
        .param(login)
        .update();
  }

  void setPassword(long id, String hash, boolean mustChange, Instant now) {
    jdbc.sql(
            "UPDATE admin_user SET password_hash = ?, must_change = ?, password_changed_at = ?,"
                + " failed_attempts = 0, locked = FALSE WHERE id = ?")
        .params(hash, mustChange, utc(now), id)
        .update();
    jdbc.sql("INSERT INTO password_history (user_id, password_hash, set_at) VALUES (?, ?, ?)")
        .params(id, hash, utc(now))
        .update();
  }

  /** Swaps one hash for another in place: no new history row, no change of dates or flags. */
  void replaceHash(long id, String oldHash, String newHash) {
    jdbc.sql("UPDATE admin_user SET password_hash = ? WHERE id = ? AND password_hash = ?")
        .params(newHash, id, oldHash)
        .update();
    jdbc.sql(
            "UPDATE password_history SET password_hash = ? WHERE user_id = ? AND password_hash = ?")
        .params(newHash, id, oldHash)
        .update();
  }

  List<String> recentHashes(long id, int count) {
    return jdbc.sql(
            "SELECT password_hash FROM password_history WHERE user_id = ?"
                + " ORDER BY set_at DESC, id DESC FETCH FIRST "
                + Math.max(count, 1)
                + " ROWS ONLY")
        .param(id)
        .query(String.class)
        .list();
  }

  void setFailedAttempts(long id, int attempts, boolean locked) {
    jdbc.sql("UPDATE admin_user SET failed_attempts = ?, locked = ? WHERE id = ?")
        .params(attempts, locked, id)
        .update();
  }

  void setEnabled(long id, boolean enabled) {
    jdbc.sql("UPDATE admin_user SET enabled = ? WHERE id = ?").params(enabled, id).update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM admin_user WHERE id = ?").param(id).update();
  }

  List<String> lockedLogins() {
    return jdbc.sql("SELECT login FROM admin_user WHERE locked = TRUE ORDER BY login")
        .query(String.class)
        .list();
  }

  void ledger(CredentialEvent event) {
    jdbc.sql(
            "INSERT INTO credential_event (occurred_at, actor_login, subject_login, event)"
                + " VALUES (?, ?, ?, ?)")
        .params(utc(event.occurredAt()), event.actor(), event.subject(), event.kind().name())
        .update();
  }

  List<CredentialEvent> ledger(int limit) {
    return jdbc.sql(
            "SELECT occurred_at, actor_login, subject_login, event FROM credential_event"
                + " ORDER BY id DESC FETCH FIRST "
                + limit
                + " ROWS ONLY")
        .query(
            (rs, row) ->
                new CredentialEvent(
                    rs.getObject(1, OffsetDateTime.class).toInstant(),
                    rs.getString(2),
                    rs.getString(3),
                    CredentialEvent.Kind.valueOf(rs.getString(4))))
        .list();
  }

  private static AdminUser user(ResultSet rs) throws SQLException {
    return new AdminUser(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        Role.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getBoolean(6),
        rs.getInt(7),
        rs.getBoolean(8),
        rs.getBoolean(9),
        rs.getObject(10, OffsetDateTime.class).toInstant(),
        rs.getString(11));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
