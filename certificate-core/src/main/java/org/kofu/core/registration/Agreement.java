package org.kofu.core.registration;

/** How a registration's person stands against the 戸籍 now. */
public enum Agreement {
  /** In force in a CURRENT register, and name, birth date, 本籍 and 筆頭者 still agree. */
  AGREES,
  /** Removed from the register (除籍), the register closed (除籍, 転籍), or the row gone. */
  LEFT_REGISTER,
  /** Still in the register, but the name, birth date, 本籍 or 筆頭者 no longer agree. */
  NO_LONGER_AGREES
}
