package org.kofu.admin.registration;

/** What became of a clerk's decision; each has its message ({@code registration.outcome.*}). */
enum Decision {
  DONE,
  /** Decided or changed by someone else since the clerk saw it. */
  STALE,
  /** The chosen person no longer agrees with the application (or left the register). */
  NOT_A_CANDIDATE,
  /** Another approved registration holds this 住民票コード or this person. */
  TAKEN,
  /** A rejection or revocation needs its reason. */
  NO_REASON,
  /** The 戸籍 cannot be read: no candidate can be checked now. */
  NO_SOURCE
}
