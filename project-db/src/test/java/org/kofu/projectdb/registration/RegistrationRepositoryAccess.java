package org.kofu.projectdb.registration;

import javax.sql.DataSource;

/** Lets the PostgreSQL IT run the same steps as the H2 tests. */
public final class RegistrationRepositoryAccess {

  private RegistrationRepositoryAccess() {}

  public static void assertApprovalRoundTrips(DataSource dataSource) {
    RegistrationRepositoryTests.assertApprovalRoundTrips(dataSource);
    RegistrationRepositoryTests.assertSuspensionAndRevocationEndAnApproval(dataSource);
    RegistrationRepositoryTests.assertTheDatabaseKeepsOneApprovalPerCodeAndPerson(dataSource);
  }
}
