package org.kofu.batch.purge;

import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Expired kept bodies in {@code issuance_request} (V3_1, V5_1, V5_5). A body sealed with the key
 * ring (the relay's {@code KeptBodyCipher}: its first byte is the format version 1) is kept for the
 * retention, so that an investigation can show it again; a body kept in clear (the PDF of a row
 * written before V5_5, or a compressed form written before the relay sealed them: a zstd frame,
 * first byte 0x28) is dropped once the idempotency window has passed, as before, since it is
 * neither encrypted nor ever served again. The row (fee, outcome, certificate number, the 証明日)
 * stays.
 */
final class ExpiredIssuances {

  /** The first byte of a sealed kept body: its format version. */
  private static final byte[] SEALED = {1};

  private final JdbcClient jdbc;

  ExpiredIssuances(DataSource projectDb) {
    this.jdbc = JdbcClient.create(projectDb);
  }

  /**
   * Drops every kept body of an issuance older than the retention cutoff, and every body kept in
   * clear older than the idempotency cutoff.
   *
   * @return the number of rows whose kept body was dropped
   */
  int purge(Instant retentionCutoff, Instant idempotencyCutoff) {
    int sealed =
        jdbc.sql(
                "UPDATE issuance_request SET pdf = NULL, body_form = NULL WHERE issued_at < :cutoff"
                    + " AND (pdf IS NOT NULL OR body_form IS NOT NULL)")
            .param("cutoff", retentionCutoff.atOffset(ZoneOffset.UTC))
            .update();
    int clear =
        jdbc.sql(
                "UPDATE issuance_request SET pdf = NULL, body_form = CASE WHEN body_form IS NOT"
                    + " NULL AND SUBSTRING(body_form FROM 1 FOR 1) = :sealed THEN body_form END"
                    + " WHERE issued_at < :cutoff AND (pdf IS NOT NULL OR (body_form IS NOT NULL"
                    + " AND SUBSTRING(body_form FROM 1 FOR 1) <> :sealed))")
            .param("cutoff", idempotencyCutoff.atOffset(ZoneOffset.UTC))
            .param("sealed", SEALED)
            .update();
    return sealed + clear;
  }
}
