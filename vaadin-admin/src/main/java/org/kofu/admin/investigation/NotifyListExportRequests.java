package org.kofu.admin.investigation;

/** Where the investigation view files a request to export an incident's persons to notify. */
public interface NotifyListExportRequests {

  /** Files a request for the officer's approval; returns its number. */
  long requestNotifyList(long incidentId);
}
