package org.kofu.admin.investigation;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An incident's persons to notify with the issuances that concern each, for the approved CSV export
 * (the export feature writes it; this reads it without an audit record of its own, since the
 * export's request, decision and download are audited).
 */
@Component
public class NotifyList {

  private final InvestigationRepository repository;

  NotifyList(InvestigationRepository repository) {
    this.repository = repository;
  }

  /** The linked issuances, by person and then by time. */
  public List<LinkedIssuance> of(long incidentId) {
    return repository.linked(incidentId).stream()
        .sorted(
            Comparator.comparing(LinkedIssuance::personKey).thenComparing(LinkedIssuance::issuedAt))
        .toList();
  }
}
