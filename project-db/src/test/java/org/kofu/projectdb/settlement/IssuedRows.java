package org.kofu.projectdb.settlement;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts issuance_request rows as the relay stores them, with only what settlement reads. */
final class IssuedRows {

  private IssuedRows() {}

  static void insert(
      JdbcClient jdbc,
      String id,
      String kiosk,
      String type,
      int copies,
      int fee,
      String at,
      String outcome) {
    jdbc.sql(
            "INSERT INTO issuance_request (request_id, request_hash, certificate_number,"
                + " person_key, certificate_type, fee_yen, page_count, source, body_sha256,"
                + " issued_at, outcome, copies, kiosk_id, requested_at)"
                + " VALUES (?, ?, ?, 'P', ?, ?, 1, 'CACHE', ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            "0".repeat(64),
            ("012025-261201-" + id + "0000").substring(0, 20),
            type,
            fee,
            "0".repeat(64),
            Timestamp.from(Instant.parse(at)),
            outcome,
            copies,
            kiosk,
            Timestamp.from(Instant.parse(at)))
        .update();
  }
}
