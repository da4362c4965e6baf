package org.kofu.batch.coverage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.kofu.projectdb.coverage.CoverageResults;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code kofu_unprintable_persons{system}}: persons of the latest completed coverage scan whose
 * printed fields hold a character nothing can draw, read from the project database at each scrape
 * (every batch node reports the same number). 0 before the first scan, so that the first scan that
 * finds any raises the alert; NaN when the database does not answer.
 */
@Component
class UnprintablePersonsGauge implements MeterBinder {

  private final CoverageResults results;

  UnprintablePersonsGauge(CoverageResults results) {
    this.results = results;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String system : List.of(PrintedSources.MADOGUCHI, PrintedSources.KOSEKI)) {
      Gauge.builder("kofu.unprintable.persons", system, this::unprintable)
          .tag("system", system)
          .description("persons whose printed data holds a character no font draws (latest scan)")
          .register(registry);
    }
  }

  double unprintable(String system) {
    try {
      return results.latest().map(scan -> scan.unprintablePersons(system)).orElse(0L);
    } catch (DataAccessException e) {
      return Double.NaN;
    }
  }
}
