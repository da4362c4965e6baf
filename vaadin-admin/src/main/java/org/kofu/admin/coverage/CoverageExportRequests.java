package org.kofu.admin.coverage;

/** Where the coverage view files a request to export a scan (the export feature). */
public interface CoverageExportRequests {

  /** Files a request for the officer's approval; returns its number. */
  long requestCoverage(long scanId);
}
