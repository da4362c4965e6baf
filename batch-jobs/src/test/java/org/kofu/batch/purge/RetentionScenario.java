package org.kofu.batch.purge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The purge's retention on a migrated project database: sealed bodies kept within the retention and
 * dropped after it, bodies in clear dropped after the idempotency window. Shared by the PostgreSQL
 * and H2 runs.
 */
final class RetentionScenario {

  static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");
  private static final byte[] SEALED = {1, 6, 'k', '2', '0', '2', '6', 'a', 9, 9, 9};
  private static final byte[] ZSTD = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 1, 2, 3};

  private final DataSource db;
  private final JdbcClient jdbc;
  private int serial;

  RetentionScenario(DataSource db) {
    this.db = db;
    this.jdbc = JdbcClient.create(db);
  }

  void run() {
    insert("sealed-10-days", NOW.minus(10, ChronoUnit.DAYS), SEALED, null);
    insert("sealed-364-days", NOW.minus(364, ChronoUnit.DAYS), SEALED, null);
    insert("sealed-366-days", NOW.minus(366, ChronoUnit.DAYS), SEALED, null);
    insert("clear-form-1-day", NOW.minus(1, ChronoUnit.DAYS), ZSTD, null);
    insert("clear-form-3-days", NOW.minus(3, ChronoUnit.DAYS), ZSTD, null);
    insert("clear-pdf-3-days", NOW.minus(3, ChronoUnit.DAYS), null, new byte[] {'%', 'P'});

    int dropped =
        new ExpiredIssuances(db)
            .purge(NOW.minus(365, ChronoUnit.DAYS), NOW.minus(2, ChronoUnit.DAYS));

    assertThat(dropped).isEqualTo(3);
    assertThat(kept("sealed-10-days")).isTrue();
    assertThat(kept("sealed-364-days")).isTrue();
    assertThat(kept("sealed-366-days")).isFalse();
    assertThat(kept("clear-form-1-day")).isTrue();
    assertThat(kept("clear-form-3-days")).isFalse();
    assertThat(kept("clear-pdf-3-days")).isFalse();
    assertThat(
            jdbc.sql("SELECT body_form FROM issuance_request WHERE request_id = 'sealed-364-days'")
                .query(byte[].class)
                .single())
        .isEqualTo(SEALED);
    // the rows stay: fees, statistics and the number's uniqueness read them
    assertThat(jdbc.sql("SELECT COUNT(*) FROM issuance_request").query(Integer.class).single())
        .isEqualTo(6);
  }

  private boolean kept(String requestId) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM issuance_request WHERE request_id = ?"
                    + " AND (body_form IS NOT NULL OR pdf IS NOT NULL)")
            .param(requestId)
            .query(Integer.class)
            .single()
        == 1;
  }

  private void insert(String requestId, Instant issuedAt, byte[] form, byte[] pdf) {
    serial++;
    jdbc.sql(
            "INSERT INTO issuance_request (request_id, request_hash, certificate_number,"
                + " person_key, certificate_type, fee_yen, page_count, source, body_sha256,"
                + " pdf, body_form, body_dictionary, issue_date, issued_at)"
                + " VALUES (?, ?, ?, 'A1', 'JUMINHYO', 200, 1, 'CACHE', ?, ?, ?, 'none', ?, ?)")
        .params(
            requestId,
            "0".repeat(64),
            String.format("012025-261205-%06d", serial),
            "0".repeat(64),
            pdf,
            form,
            issuedAt.atOffset(ZoneOffset.UTC).toLocalDate(),
            issuedAt.atOffset(ZoneOffset.UTC))
        .update();
  }
}
