package org.kofu.admin.coverage;

import java.util.List;
import java.util.Optional;
import org.kofu.projectdb.coverage.CoverageFinding;
import org.kofu.projectdb.coverage.CoverageResults;
import org.kofu.projectdb.coverage.CoverageScan;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The latest completed coverage scan, for every role (opening the view is audited). */
@Service
@PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR', 'AUDITOR')")
class CoverageReport {

  /** Rows the view lists; the export has them all. */
  static final int SHOWN = 2000;

  private final CoverageResults results;

  CoverageReport(CoverageResults results) {
    this.results = results;
  }

  Optional<CoverageScan> latest() {
    return results.latest();
  }

  List<CoverageFinding> findings(long scanId) {
    List<CoverageFinding> all = results.findings(scanId);
    return all.size() > SHOWN ? all.subList(0, SHOWN) : all;
  }
}
