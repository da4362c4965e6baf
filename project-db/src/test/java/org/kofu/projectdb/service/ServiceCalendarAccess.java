package org.kofu.projectdb.service;

import javax.sql.DataSource;

/** Lets the PostgreSQL IT run the same steps as the H2 tests. */
public final class ServiceCalendarAccess {

  private ServiceCalendarAccess() {}

  public static void assertCalendarRoundTrips(DataSource dataSource) {
    ServiceCalendarTests.assertCalendarRoundTrips(dataSource);
  }
}
