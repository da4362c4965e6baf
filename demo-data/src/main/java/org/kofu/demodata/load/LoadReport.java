package org.kofu.demodata.load;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.kofu.demodata.generate.LegacyTable;

/** What a load wrote: rows per table and how long it took. Holds no personal data. */
public record LoadReport(Map<LegacyTable, Long> rows, Duration elapsed) {

  public LoadReport {
    rows = Collections.unmodifiableMap(new EnumMap<>(rows));
  }

  public long rows(LegacyTable table) {
    return rows.getOrDefault(table, 0L);
  }

  public long totalRows() {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }
}
