package org.kofu.relay.canary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.projectdb.canary.CanaryIssuances;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers against the project database: every node draws its blocks from the one counter (V5_3), so
 * the counter must be ahead of every number issued today, and the number of a canary issuance must
 * be its record's alone. A counter put back (a restored or a second database, a node that numbers
 * on its own) would give numbers another node already printed.
 */
@Component
class NumberingCheck {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private final JdbcClient jdbc;

  NumberingCheck(DataSource projectDataSource) {
    this.jdbc = JdbcClient.create(projectDataSource);
  }

  /** Why this node's next numbers would repeat one of today's, or null. */
  String beforeIssuing(String municipalityCode, LocalDate today) {
    String prefix = municipalityCode + "-" + DAY.format(today) + "-";
    long next =
        jdbc.sql("SELECT next_value FROM certificate_number_counter WHERE id = 1")
            .query(Long.class)
            .single();
    List<String> highest =
        jdbc.sql(
                "SELECT MAX(certificate_number) FROM issuance_request"
                    + " WHERE certificate_number LIKE ?")
            .param(prefix + "%")
            .query(String.class)
            .list();
    String max = highest.isEmpty() ? null : highest.get(0);
    if (max == null) {
      return null;
    }
    long issued = Long.parseLong(max.substring(prefix.length()).trim());
    // the counter is never reset within a day; past a million a day the UNIQUE key refuses anyway
    if (next % 1_000_000 <= issued) {
      return "numbering: the number counter (next %06d) is not ahead of a number already issued today (%06d): this node would issue another node's numbers"
          .formatted(next % 1_000_000, issued);
    }
    return null;
  }

  /** Why the stored record of a canary issuance disagrees with its answer, or null. */
  String afterIssuing(String requestId, String number, String sha256) {
    List<String> holders =
        jdbc.sql(
                "SELECT request_id FROM issuance_request WHERE certificate_number = ?"
                    + " AND body_sha256 = ? AND kiosk_id = ?")
            .params(number, sha256, CanaryIssuances.KIOSK_ID)
            .query(String.class)
            .list();
    if (!holders.equals(List.of(requestId))) {
      return "number: " + number + " is not recorded for this canary request alone";
    }
    return null;
  }
}
