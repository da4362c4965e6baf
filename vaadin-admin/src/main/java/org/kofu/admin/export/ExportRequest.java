package org.kofu.admin.export;

import java.time.Instant;
import org.kofu.admin.issuance.LogFilter;

/**
 * A request to export a search ({@value #ISSUANCE_LOG}: the filter), a coverage scan ({@value
 * #COVERAGE}: its id) or an incident's persons to notify ({@value #NOTIFY_LIST}: the incident);
 * status PENDING, APPROVED, REJECTED or DOWNLOADED.
 */
record ExportRequest(
    long id,
    String kind,
    Long coverageScanId,
    Long incidentId,
    String requestedBy,
    Instant requestedAt,
    LogFilter filter,
    String status,
    String decidedBy,
    Instant decidedAt,
    Instant downloadedAt) {

  static final String ISSUANCE_LOG = "ISSUANCE_LOG";
  static final String COVERAGE = "COVERAGE";
  static final String NOTIFY_LIST = "NOTIFY_LIST";

  boolean coverage() {
    return COVERAGE.equals(kind);
  }

  boolean notifyList() {
    return NOTIFY_LIST.equals(kind);
  }
}
