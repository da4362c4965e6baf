package org.kofu.projectdb.settlement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly settlement built from the month's sealed closes alone (never a fresh count: what was
 * closed is what is settled; a change found since is reported beside it): per operator and type,
 * certificates, copies, fees collected, 交付委託手数料 and the net due to the city; the days of the month
 * not closed are named.
 */
public final class MonthlySettlement {

  private final JdbcClient jdbc;
  private final DailyClose close;
  private final ClosedDayChanges changes;

  public MonthlySettlement(DataSource dataSource, DailyClose close, ClosedDayChanges changes) {
    this.jdbc = JdbcClient.create(dataSource);
    this.close = close;
    this.changes = changes;
  }

  /** One operator and type over the month. */
  public record Line(
      String operator,
      String operatorName,
      String certificateType,
      long certificates,
      long copies,
      long feesYen,
      long commissionYen) {

    /** What the operator remits: the fees it collected less the commission owed to it. */
    public long netYen() {
      return feesYen - commissionYen;
    }
  }

  /** The month's lines (operator, then type), their totals, and the days not closed. */
  public record Report(
      YearMonth month,
      List<Line> lines,
      Line total,
      List<LocalDate> notClosed,
      int changesReported) {}

  public Report of(YearMonth month) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    Map<String, String> names = operatorNames();
    List<Line> lines =
        jdbc
            .sql(
                "SELECT operator_code, certificate_type, SUM(certificates), SUM(copies),"
                    + " SUM(fees_yen), SUM(commission_yen) FROM daily_close_count"
                    + " WHERE close_day BETWEEN ? AND ? GROUP BY operator_code, certificate_type")
            .params(from, to)
            .query(
                (rs, n) ->
                    new Line(
                        rs.getString(1),
                        names.getOrDefault(rs.getString(1), rs.getString(1)),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6)))
            .list()
            .stream()
            // Java's order, not the database's collation
            .sorted(
                java.util.Comparator.comparing(Line::operator).thenComparing(Line::certificateType))
            .toList();
    Line total =
        new Line(
            "",
            "",
            "",
            lines.stream().mapToLong(Line::certificates).sum(),
            lines.stream().mapToLong(Line::copies).sum(),
            lines.stream().mapToLong(Line::feesYen).sum(),
            lines.stream().mapToLong(Line::commissionYen).sum());
    Set<LocalDate> closed =
        close.seals(from, to).stream()
            .map(DailyClose.Seal::day)
            .collect(Collectors.toCollection(TreeSet::new));
    List<LocalDate> notClosed = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (!closed.contains(day)) {
        notClosed.add(day);
      }
    }
    return new Report(month, lines, total, notClosed, changes.reported(from, to).size());
  }

  private Map<String, String> operatorNames() {
    Map<String, String> names = new HashMap<>();
    jdbc.sql("SELECT operator_code, name FROM store_operator")
        .query(
            rs -> {
              names.put(rs.getString(1), rs.getString(2));
            });
    return names;
  }
}
