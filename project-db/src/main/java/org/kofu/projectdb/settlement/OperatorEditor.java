package org.kofu.projectdb.settlement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The store operators and the {@code kioskId} prefixes that say which operator a kiosk belongs to
 * (migration V15_1), and the kiosks seen with the operator each maps to now. A change applies to
 * issuances answered after the relays next read the mapping; an issuance keeps the operator it was
 * answered with (V21_1).
 */
public final class OperatorEditor {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,16}");
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9-]{1,32}");

  /** A store operator: its code and name (セブン-イレブン, ...). */
  public record Operator(String code, String name) {}

  /** A prefix and the operator of the kiosks whose id starts with it. */
  public record Prefix(String prefix, String operatorCode) {}

  /**
   * A kiosk seen in the issuance record: the operator it maps to now, and how many of its issuances
   * were answered as {@link OperatorMapping#UNKNOWN}'s.
   */
  public record Kiosk(
      String kioskId,
      String operatorNow,
      long issuances,
      long answeredUnknown,
      Instant lastRequestedAt) {}

  private final JdbcClient jdbc;
  private final SettlementRepository settlement;

  public OperatorEditor(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.settlement = new SettlementRepository(dataSource);
  }

  public List<Operator> operators() {
    return jdbc.sql("SELECT operator_code, name FROM store_operator ORDER BY operator_code")
        .query((rs, n) -> new Operator(rs.getString(1), rs.getString(2)))
        .list();
  }

  public List<Prefix> prefixes() {
    return jdbc.sql("SELECT prefix, operator_code FROM kiosk_prefix ORDER BY prefix")
        .query((rs, n) -> new Prefix(rs.getString(1), rs.getString(2)))
        .list();
  }

  /** Adds an operator or renames one. */
  public void saveOperator(Operator operator) {
    if (!CODE.matcher(operator.code()).matches()
        || operator.name() == null
        || operator.name().isBlank()
        || operator.name().length() > 60) {
      throw new IllegalArgumentException("an operator code [A-Z0-9_]{1,16} and a name");
    }
    int renamed =
        jdbc.sql("UPDATE store_operator SET name = ? WHERE operator_code = ?")
            .params(operator.name().strip(), operator.code())
            .update();
    if (renamed == 0) {
      jdbc.sql("INSERT INTO store_operator (operator_code, name) VALUES (?, ?)")
          .params(operator.code(), operator.name().strip())
          .update();
    }
  }

  /** Maps kiosks whose id starts with {@code prefix} to an existing operator. */
  public void savePrefix(Prefix prefix) {
    if (!PREFIX.matcher(prefix.prefix()).matches()) {
      throw new IllegalArgumentException("a prefix of [A-Za-z0-9-]{1,32}");
    }
    boolean known = operators().stream().anyMatch(o -> o.code().equals(prefix.operatorCode()));
    if (!known) {
      throw new IllegalArgumentException("no such operator");
    }
    int moved =
        jdbc.sql("UPDATE kiosk_prefix SET operator_code = ? WHERE prefix = ?")
            .params(prefix.operatorCode(), prefix.prefix())
            .update();
    if (moved == 0) {
      jdbc.sql("INSERT INTO kiosk_prefix (prefix, operator_code) VALUES (?, ?)")
          .params(prefix.prefix(), prefix.operatorCode())
          .update();
    }
  }

  public boolean deletePrefix(String prefix) {
    return jdbc.sql("DELETE FROM kiosk_prefix WHERE prefix = ?").param(prefix).update() == 1;
  }

  /** The kiosks of the issuance record, those that map to UNKNOWN now first. */
  public List<Kiosk> kiosks() {
    OperatorMapping mapping = settlement.operatorMapping();
    return jdbc
        .sql(
            "SELECT kiosk_id, COUNT(*),"
                + " SUM(CASE WHEN operator_code = 'UNKNOWN' THEN 1 ELSE 0 END),"
                + " MAX(requested_at) FROM issuance_request WHERE kiosk_id IS NOT NULL"
                + " GROUP BY kiosk_id")
        .query(
            (rs, n) -> {
              Timestamp last = rs.getTimestamp(4);
              return new Kiosk(
                  rs.getString(1),
                  mapping.operatorOf(rs.getString(1)),
                  rs.getLong(2),
                  rs.getLong(3),
                  last == null ? null : last.toInstant());
            })
        .list()
        .stream()
        .sorted(
            java.util.Comparator.comparing(
                    (Kiosk k) -> !OperatorMapping.UNKNOWN.equals(k.operatorNow()))
                .thenComparing(Kiosk::kioskId))
        .toList();
  }
}
