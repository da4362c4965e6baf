package org.kofu.admin.export;

import java.time.Instant;
import org.kofu.admin.issuance.LogFilter;

/**
 * A request to export a search ({@value #ISSUANCE_LOG}: the filter) or a coverage scan ({@value
 * #COVERAGE}: its id); status PENDING, APPROVED, REJECTED or DOWNLOADED.
 */
record ExportRequest(
    long id,
    String kind,
    Long coverageScanId,
    String requestedBy,
    Instant requestedAt,
    LogFilter filter,
    String status,
    String decidedBy,
    Instant decidedAt,
    Instant downloadedAt) {

  static final String ISSUANCE_LOG = "ISSUANCE_LOG";
  static final String COVERAGE = "COVERAGE";

  boolean coverage() {
    return COVERAGE.equals(kind);
  }
}
