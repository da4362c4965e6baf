package org.kofu.core.rules;

/** Why a certificate cannot be issued: the {@code cause} of the contract's 422 NOT_ISSUABLE. */
public enum RefusalCause {
  /**
   * 交付制限: a restriction of the requester is in force, or the certificate would print someone whose
   * address 支援措置 protects (see {@code RestrictionRule}).
   */
  ISSUANCE_RESTRICTED,
  /** 転出, 死亡 or 職権消除. */
  NOT_RESIDENT,
  /** No ACTIVE seal registration (an ABOLISHED one is never certified). */
  NO_SEAL_REGISTRATION,
  /** No 戸籍 here for the person. */
  NO_FAMILY_REGISTER,
  /** No 所得・課税 record for the 年度. */
  NO_TAX_RECORD,
  /** The requester is under 15. */
  UNDER_AGE,
  /** 転出予定: a move-out was notified for the requester or, for HOUSEHOLD, anyone in scope. */
  MOVING_OUT,
  /** An option the city has not enabled, such as the 個人番号. */
  OPTION_DISABLED,
  /**
   * A character of the certificate cannot be printed (outside IPAmj明朝, or a 外字 without a gaiji
   * row): the person is served at the counter.
   */
  UNPRINTABLE_CHARACTER
}
