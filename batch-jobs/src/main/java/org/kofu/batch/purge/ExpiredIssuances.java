package org.kofu.batch.purge;

import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Expired idempotency records in {@code issuance_request} (V3_1, V5_1, V5_5): the kept body of
 * every issuance older than the window (its compressed form, or the PDF of a row written before
 * V5_5) is set to NULL; the row (fee, outcome, certificate number, the 証明日) stays.
 */
final class ExpiredIssuances {

  private final JdbcClient jdbc;

  ExpiredIssuances(DataSource projectDb) {
    this.jdbc = JdbcClient.create(projectDb);
  }

  /** The number of kept bodies dropped. */
  int purgeIssuedBefore(Instant cutoff) {
    return jdbc.sql(
            "UPDATE issuance_request SET pdf = NULL, body_form = NULL WHERE issued_at < :cutoff"
                + " AND (pdf IS NOT NULL OR body_form IS NOT NULL)")
        .param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
        .update();
  }
}
