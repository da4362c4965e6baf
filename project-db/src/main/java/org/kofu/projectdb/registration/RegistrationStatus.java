package org.kofu.projectdb.registration;

/** Where a registration stands. */
public enum RegistrationStatus {
  PENDING,
  APPROVED,
  REJECTED
}
