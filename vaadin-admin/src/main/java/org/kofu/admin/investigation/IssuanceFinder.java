package org.kofu.admin.investigation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The issuances an investigation may link, found the three ways a clerk knows them: by certificate
 * number, by kiosk and time range (of the kiosk's request), by person. Returns request ids only;
 * portable SQL.
 */
@Repository
class IssuanceFinder {

  /** More would not be a list a clerk can check one by one; the view says when it is cut. */
  static final int LIMIT = 500;

  private final JdbcClient jdbc;

  IssuanceFinder(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  List<String> byNumber(String certificateNumber) {
    return jdbc.sql("SELECT request_id FROM issuance_request WHERE certificate_number = ?")
        .param(certificateNumber.strip())
        .query(String.class)
        .list();
  }

  /** Issuances the kiosk asked for in [from, to). */
  List<String> byKiosk(String kioskId, Instant from, Instant to) {
    return jdbc.sql(
            "SELECT request_id FROM issuance_request WHERE kiosk_id = ?"
                + " AND COALESCE(requested_at, issued_at) >= ? AND COALESCE(requested_at,"
                + " issued_at) < ? ORDER BY issued_at FETCH FIRST "
                + LIMIT
                + " ROWS ONLY")
        .params(kioskId.strip(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
        .query(String.class)
        .list();
  }

  List<String> byPerson(String personKey) {
    return jdbc.sql(
            "SELECT request_id FROM issuance_request WHERE person_key = ? ORDER BY issued_at"
                + " FETCH FIRST "
                + LIMIT
                + " ROWS ONLY")
        .param(personKey)
        .query(String.class)
        .list();
  }
}
