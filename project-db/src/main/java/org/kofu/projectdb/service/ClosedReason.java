package org.kofu.projectdb.service;

/** Why issuance is closed. */
public enum ClosedReason {
  OUTSIDE_HOURS,
  YEAR_END,
  HOLIDAY,
  WEEKDAYS_ONLY,
  STOPPED
}
