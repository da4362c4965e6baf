package org.kofu.admin.reconciliation;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import java.util.Comparator;
import java.util.List;
import org.kofu.projectdb.settlement.StatementCheck.Line;
import org.kofu.projectdb.settlement.StatementCheck.State;
import org.kofu.projectdb.settlement.StatementRow;

/**
 * The lines of a check: day, operator, type, how they stand, then copies and fees of the statement,
 * of the city's record and their difference (statement minus record), right-aligned; every column
 * sorts, numbers as numbers, a missing value first.
 */
class LinesGrid extends Grid<Line> {

  private static final Comparator<Long> NUMBER = Comparator.nullsFirst(Comparator.naturalOrder());

  LinesGrid() {
    setId("recon-grid");
    addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    text(l -> l.key().day().toString(), "recon.day").setComparator(l -> l.key().day());
    text(l -> l.key().operator(), "recon.operator").setComparator(l -> l.key().operator());
    text(l -> getTranslation("type." + l.key().certificateType()), "recon.type")
        .setComparator(l -> l.key().certificateType());
    addComponentColumn(this::state)
        .setHeader(getTranslation("recon.state"))
        .setComparator(Line::state)
        .setAutoWidth(true);
    // 通数 and 手数料 over their three columns each: 明細, 市, 差
    HeaderRow groups = prependHeaderRow();
    groups
        .join(
            number(l -> copies(l.statement()), "recon.side.statement", Amounts::count),
            number(l -> copies(l.record()), "recon.side.record", Amounts::count),
            difference(Line::copiesDifference, Amounts::countDifference))
        .setText(getTranslation("recon.copies"));
    groups
        .join(
            number(l -> fee(l.statement()), "recon.side.statement", v -> Amounts.yen(this, v)),
            number(l -> fee(l.record()), "recon.side.record", v -> Amounts.yen(this, v)),
            difference(Line::feeDifference, v -> Amounts.yenDifference(this, v)))
        .setText(getTranslation("recon.fees"));
    setMultiSort(true);
  }

  void show(List<Line> lines) {
    // a month's differences fit on the page; a file of everything wrong scrolls inside the grid
    setAllRowsVisible(lines.size() <= 100);
    setItems(lines);
  }

  private Column<Line> text(SerializableFunction<Line, String> value, String header) {
    return addColumn(value::apply).setHeader(getTranslation(header)).setAutoWidth(true);
  }

  private Column<Line> number(
      SerializableFunction<Line, Long> value,
      String header,
      SerializableFunction<Long, String> format) {
    return addColumn(l -> format.apply(value.apply(l)))
        .setHeader(getTranslation(header))
        .setComparator(Comparator.comparing(value::apply, NUMBER))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
  }

  /** A difference, in the error colour where it is not zero. */
  private Column<Line> difference(
      SerializableFunction<Line, Long> value, SerializableFunction<Long, String> format) {
    return addComponentColumn(
            l -> {
              Long difference = value.apply(l);
              Span span = new Span(format.apply(difference));
              if (difference != null && difference != 0) {
                span.getStyle()
                    .set("color", "var(--lumo-error-text-color)")
                    .set("font-weight", "600");
              }
              return span;
            })
        .setHeader(getTranslation("recon.side.difference"))
        .setComparator(Comparator.comparing(value::apply, NUMBER))
        .setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
  }

  private Span state(Line line) {
    Span state = new Span(getTranslation("recon.state." + line.state()));
    state.getElement().setAttribute("data-state", line.state().name());
    state
        .getStyle()
        .set(
            "color",
            line.state() == State.NOT_CLOSED
                ? "var(--lumo-secondary-text-color)"
                : "var(--lumo-error-text-color)");
    return state;
  }

  private static Long copies(StatementRow row) {
    return row == null ? null : row.copies();
  }

  private static Long fee(StatementRow row) {
    return row == null ? null : row.feeYen();
  }
}
