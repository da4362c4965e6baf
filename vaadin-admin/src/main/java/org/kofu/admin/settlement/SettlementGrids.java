package org.kofu.admin.settlement;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.kofu.admin.ui.CodeLabels;
import org.kofu.admin.ui.Formats;
import org.kofu.projectdb.settlement.ClosedDayChange;
import org.kofu.projectdb.settlement.DayCount;
import org.kofu.projectdb.settlement.MonthlySettlement;

/** The 精算 view's three grids: the month's lines, the closed days, the changes found since. */
final class SettlementGrids {

  /** Shown of a hash: enough to compare by eye with the database or a printed seal. */
  private static final int HASH_SHOWN = 16;

  private final Component view;
  private final CodeLabels labels;

  SettlementGrids(Component view) {
    this.view = view;
    this.labels = new CodeLabels(view);
  }

  Grid<MonthlySettlement.Line> lines() {
    Grid<MonthlySettlement.Line> grid = new Grid<>();
    grid.setId("settlement-lines");
    grid.setAllRowsVisible(true);
    grid.addColumn(
            l ->
                l.operator().isEmpty()
                    ? text("settlement.total")
                    : l.operator() + " " + l.operatorName())
        .setHeader(text("settlement.operator"));
    grid.addColumn(l -> l.certificateType().isEmpty() ? "" : labels.type(l.certificateType()))
        .setHeader(text("settlement.type"));
    grid.addColumn(MonthlySettlement.Line::certificates).setHeader(text("settlement.certificates"));
    grid.addColumn(MonthlySettlement.Line::copies).setHeader(text("settlement.copies"));
    grid.addColumn(l -> yen(l.feesYen())).setHeader(text("settlement.fees"));
    grid.addColumn(l -> yen(l.commissionYen())).setHeader(text("settlement.commission"));
    grid.addColumn(l -> yen(l.netYen())).setHeader(text("settlement.net"));
    return fitted(grid);
  }

  Grid<Settlement.ClosedDay> days() {
    Grid<Settlement.ClosedDay> grid = new Grid<>();
    grid.setId("settlement-days");
    grid.setAllRowsVisible(true);
    grid.addColumn(d -> d.seal().day()).setHeader(text("settlement.day"));
    grid.addColumn(d -> Formats.time(d.seal().closedAt())).setHeader(text("settlement.closed-at"));
    grid.addColumn(d -> d.seal().chainSeq()).setHeader(text("settlement.chain-seq"));
    grid.addColumn(d -> shortHash(d.seal().chainHash())).setHeader(text("settlement.chain-hash"));
    grid.addColumn(d -> shortHash(d.seal().sha256())).setHeader(text("settlement.seal"));
    grid.addColumn(d -> text(d.intact() ? "settlement.intact" : "settlement.broken"))
        .setHeader(text("settlement.integrity"));
    grid.addColumn(Settlement.ClosedDay::changes).setHeader(text("settlement.changes-count"));
    return fitted(grid);
  }

  Grid<ClosedDayChange> changes() {
    Grid<ClosedDayChange> grid = new Grid<>();
    grid.setId("settlement-changes");
    grid.setAllRowsVisible(true);
    grid.addColumn(c -> c.key().day()).setHeader(text("settlement.day"));
    grid.addColumn(c -> c.key().operator()).setHeader(text("settlement.operator"));
    grid.addColumn(
            c ->
                ClosedDayChange.ANY.equals(c.key().certificateType())
                    ? ClosedDayChange.ANY
                    : labels.type(c.key().certificateType()))
        .setHeader(text("settlement.type"));
    grid.addColumn(c -> text("settlement.kind." + c.kind())).setHeader(text("settlement.kind"));
    grid.addColumn(c -> counts(c.sealed())).setHeader(text("settlement.sealed"));
    grid.addColumn(c -> counts(c.now())).setHeader(text("settlement.now"));
    grid.addColumn(c -> Formats.time(c.foundAt())).setHeader(text("settlement.found-at"));
    return fitted(grid);
  }

  private String counts(DayCount count) {
    return count == null
        ? "—"
        : text("settlement.counts", count.certificates(), count.copies(), count.feesYen());
  }

  /** Columns as wide as their content: names, hashes and times were cut at a fixed width. */
  private static <T> Grid<T> fitted(Grid<T> grid) {
    grid.getColumns().forEach(c -> c.setAutoWidth(true));
    return grid;
  }

  private static String yen(long amount) {
    return String.format("%,d", amount);
  }

  private static String shortHash(String hash) {
    return hash.length() <= HASH_SHOWN ? hash : hash.substring(0, HASH_SHOWN) + "…";
  }

  private String text(String key, Object... parameters) {
    return view.getTranslation(key, parameters);
  }
}
