package org.kofu.admin.audit;

import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log for the view; writes go only through {@link AuditTrail}. */
@Repository
class AuditRepository {

  private final JdbcClient jdbc;

  AuditRepository(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  List<AuditEntry> latest(String actorOrAction, int limit) {
    String filter = actorOrAction == null ? "" : actorOrAction.trim();
    return jdbc.sql(
            "SELECT seq, occurred_at, actor, action, detail, client_ip FROM audit_log"
                + " WHERE (? = '' OR actor = ? OR action = ?) ORDER BY seq DESC"
                + " FETCH FIRST "
                + limit
                + " ROWS ONLY")
        .params(filter, filter, filter)
        .query(
            (rs, row) ->
                new AuditEntry(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }
}
