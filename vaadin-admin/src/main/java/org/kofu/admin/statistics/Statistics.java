package org.kofu.admin.statistics;

import java.time.YearMonth;
import java.util.List;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The statistics of a month for every role; the monthly report is an audited download. */
@Service
@PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR', 'AUDITOR')")
class Statistics {

  private final StatisticsRepository repository;
  private final AuditTrail audit;

  Statistics(StatisticsRepository repository, AuditTrail audit) {
    this.repository = repository;
    this.audit = audit;
  }

  List<DailyCount> daily(YearMonth month) {
    return repository.daily(month);
  }

  List<FeeLine> fees(YearMonth month) {
    return repository.fees(month);
  }

  void reportDownloaded(YearMonth month) {
    audit.record("MONTHLY_REPORT", "month=" + month);
  }
}
