package org.kofu.projectdb.chain;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes a long, valid audit chain into a PostgreSQL project database with {@code COPY}, a link a
 * second from {@code from}: what a big city's years of audit records look like to a verifier (tests
 * and {@code ops/bench/chain}).
 */
public final class ChainBulkLoad {

  private static final int ROWS_PER_WRITE = 10_000;

  private ChainBulkLoad() {}

  /** Appends {@code count} links after the chain's head (an empty chain) and moves the head. */
  public static void audit(String url, String user, String password, long count, Instant from)
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      CopyIn copy =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "COPY audit_log (seq, occurred_at, actor, action, detail, client_ip, prev_hash,"
                      + " hash) FROM STDIN (FORMAT csv)");
      String previous = ChainHashes.GENESIS;
      StringBuilder rows = new StringBuilder(ROWS_PER_WRITE * 200);
      for (long seq = 1; seq <= count; seq++) {
        Instant at = from.plusSeconds(seq);
        String actor = "clerk" + (seq % 50);
        String detail = "view " + seq;
        String ip = "10.0.0." + (seq % 250);
        String hash =
            ChainHashes.link(previous, seq, Canonical.of(List.of(at, actor, "VIEW", detail, ip)));
        rows.append(seq).append(',').append(at).append(',').append(actor).append(",VIEW,");
        rows.append(detail).append(',').append(ip).append(',').append(previous).append(',');
        rows.append(hash).append('\n');
        previous = hash;
        if (seq % ROWS_PER_WRITE == 0 || seq == count) {
          byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(bytes, 0, bytes.length);
          rows.setLength(0);
        }
      }
      copy.endCopy();
      try (PreparedStatement head =
          connection.prepareStatement(
              "UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE chain_name = 'audit'")) {
        head.setLong(1, count);
        head.setString(2, previous);
        head.executeUpdate();
      }
    }
  }
}
