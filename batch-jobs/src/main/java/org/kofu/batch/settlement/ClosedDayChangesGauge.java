package org.kofu.batch.settlement;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.kofu.projectdb.settlement.ClosedDayChanges;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code kofu_settlement_closed_day_changes}: every change found in a closed day since its close,
 * read from the project database at each scrape (every batch node reports the same number); the
 * alert fires when it grew. NaN when the database does not answer.
 */
@Component
class ClosedDayChangesGauge implements MeterBinder {

  private final ClosedDayChanges changes;

  ClosedDayChangesGauge(ClosedDayChanges changes) {
    this.changes = changes;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("kofu.settlement.closed.day.changes", this, ClosedDayChangesGauge::count)
        .description("changes found in closed days after their close (late results, edits)")
        .register(registry);
  }

  double count() {
    try {
      return changes.count();
    } catch (DataAccessException e) {
      return Double.NaN;
    }
  }
}
