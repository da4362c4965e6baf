package org.kofu.projectdb.registration;

/**
 * Where a registration stands. Only {@link #APPROVED} serves anything; {@link #SUSPENDED} (by the
 * system: the person left the register or no longer agrees) and {@link #REVOKED} (by a clerk) end
 * an approval.
 */
public enum RegistrationStatus {
  PENDING,
  APPROVED,
  REJECTED,
  SUSPENDED,
  REVOKED
}
