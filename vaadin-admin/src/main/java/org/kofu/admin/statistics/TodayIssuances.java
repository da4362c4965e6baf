package org.kofu.admin.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** Today's (Tokyo) issuances for the dashboard tiles. */
@Component
public class TodayIssuances {

  private final StatisticsRepository repository;
  private final Clock clock;

  TodayIssuances(StatisticsRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public TodaySummary today() {
    LocalDate today = LocalDate.now(clock.withZone(StatisticsRepository.TOKYO));
    return new TodaySummary(
        repository.issuedBySource(
            OffsetDateTime.from(today.atStartOfDay(StatisticsRepository.TOKYO)),
            OffsetDateTime.from(today.plusDays(1).atStartOfDay(StatisticsRepository.TOKYO))));
  }
}
