package org.kofu.admin.issuance;

/** Where the log view files a request to export its current search (the export feature). */
public interface ExportRequests {

  /** Files a request for the officer's approval; returns its number. */
  long request(LogFilter filter);
}
