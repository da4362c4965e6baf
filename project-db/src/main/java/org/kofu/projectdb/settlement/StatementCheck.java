package org.kofu.projectdb.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.kofu.projectdb.settlement.StatementImports.Imported;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An imported statement against the city's record: the sealed counts of the closed days ({@code
 * daily_close_count}), never a fresh count, so the comparison is with what the city closed. The
 * statement covers the whole months its rows fall in (a monthly report), so a day the record has
 * and the statement lacks is found even at the month's end. A day of those months not closed yet is
 * not compared: its statement rows are listed as {@link State#NOT_CLOSED}. An operator's statement
 * is compared with that operator's lines only; the center's with every operator's.
 */
public final class StatementCheck {

  private final JdbcClient jdbc;
  private final SettlementRepository settlement;

  public StatementCheck(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.settlement = new SettlementRepository(dataSource);
  }

  /** How a line of the statement and the record stands. */
  public enum State {
    DIFFERENT,
    ONLY_IN_STATEMENT,
    ONLY_IN_RECORD,
    NOT_CLOSED
  }

  /** A line that disagrees, or is not compared; a side is null where it has no such line. */
  public record Line(SettlementKey key, State state, StatementRow statement, StatementRow record) {

    /** Statement minus record, a missing side counting 0; null when not compared. */
    public Long copiesDifference() {
      return state == State.NOT_CLOSED ? null : copies(statement) - copies(record);
    }

    /** Statement minus record in yen, a missing side counting 0; null when not compared. */
    public Long feeDifference() {
      return state == State.NOT_CLOSED ? null : fee(statement) - fee(record);
    }

    private static long copies(StatementRow row) {
      return row == null ? 0 : row.copies();
    }

    private static long fee(StatementRow row) {
      return row == null ? 0 : row.feeYen();
    }
  }

  /**
   * The outcome: the period compared, its closed and not closed days, how many statement lines
   * agreed, and every line that did not (or was not compared), in day, operator and type order.
   */
  public record Result(
      Imported imported,
      LocalDate from,
      LocalDate to,
      List<LocalDate> closedDays,
      List<LocalDate> notClosedDays,
      int agreeing,
      List<Line> lines) {

    public long count(State state) {
      return lines.stream().filter(l -> l.state() == state).count();
    }
  }

  public Result check(Imported imported) {
    List<StatementRow> statement = settlement.statement(imported.id());
    LocalDate from =
        statement.stream()
            .map(r -> r.key().day())
            .min(Comparator.naturalOrder())
            .orElseThrow()
            .withDayOfMonth(1);
    LocalDate last =
        statement.stream().map(r -> r.key().day()).max(Comparator.naturalOrder()).orElseThrow();
    LocalDate to = last.withDayOfMonth(last.lengthOfMonth());
    Set<LocalDate> closed = closedDays(from, to);
    String operator = StatementImports.CENTER.equals(imported.origin()) ? null : imported.origin();
    List<StatementRow> compared = new ArrayList<>();
    List<Line> lines = new ArrayList<>();
    for (StatementRow row : statement) {
      if (closed.contains(row.key().day())) {
        compared.add(row);
      } else {
        lines.add(new Line(row.key(), State.NOT_CLOSED, row, null));
      }
    }
    List<Reconciliation.Difference> differences =
        Reconciliation.compare(compared, sealed(from, to, operator));
    for (Reconciliation.Difference d : differences) {
      lines.add(new Line(d.key(), State.valueOf(d.kind().name()), d.statement(), d.record()));
    }
    lines.sort(Comparator.comparing(Line::key));
    long disagreeing = differences.stream().filter(d -> d.statement() != null).count();
    List<LocalDate> notClosed =
        from.datesUntil(to.plusDays(1)).filter(d -> !closed.contains(d)).toList();
    return new Result(
        imported,
        from,
        to,
        List.copyOf(closed),
        notClosed,
        (int) (compared.size() - disagreeing),
        List.copyOf(lines));
  }

  private Set<LocalDate> closedDays(LocalDate from, LocalDate to) {
    return new TreeSet<>(
        jdbc.sql("SELECT close_day FROM daily_close WHERE close_day BETWEEN ? AND ?")
            .params(from, to)
            .query((rs, n) -> rs.getObject(1, LocalDate.class))
            .list());
  }

  /** The sealed lines of the closed days, of one operator or (null) of all. */
  private List<StatementRow> sealed(LocalDate from, LocalDate to, String operator) {
    String sql =
        "SELECT close_day, operator_code, certificate_type, copies, fees_yen"
            + " FROM daily_close_count WHERE close_day BETWEEN ? AND ?";
    JdbcClient.StatementSpec query =
        operator == null
            ? jdbc.sql(sql).params(from, to)
            : jdbc.sql(sql + " AND operator_code = ?").params(from, to, operator);
    return query
        .query(
            (rs, n) ->
                new StatementRow(
                    new SettlementKey(
                        rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)),
                    rs.getLong(4),
                    rs.getLong(5)))
        .list();
  }
}
