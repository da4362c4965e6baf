package org.kofu.relay.support;

/** Who in a {@link TestFamily} is protected by 支援措置 (DV_SUPPORT), and by which system. */
public enum ProtectedMember {
  /** D, A's son in A's household, by the 住所地 ({@code madoguchi.kofu_seigen}). */
  SON_BY_THE_RESIDENCE,
  /** D again, protected only on his 附票 by the 本籍地 ({@code koseki.fuhyo_seigen}). */
  SON_BY_THE_REGISTER,
  /** C, living in another city: only {@code koseki.fuhyo_seigen} knows her. */
  DAUGHTER_ELSEWHERE_BY_THE_REGISTER;

  /** Records the restriction, from ten days ago, without end. */
  public void protect(TestFamily f) {
    if (this == SON_BY_THE_RESIDENCE) {
      f.protectHere(f.d);
    } else {
      f.protectOnTheRegister(this == SON_BY_THE_REGISTER ? TestFamily.D_NO : TestFamily.C_NO);
    }
  }

  /**
   * Whether A's certificate of {@code scope} prints this member with an address
   * (docs/operating-rules.md): a HOUSEHOLD 住民票 or 記載事項証明書 lists the members of A's household, a 附票
   * {@code scope=ALL} everyone of the register; nothing else of A's prints another person's
   * address.
   */
  public boolean printedBy(String scope) {
    return "ALL".equals(scope)
        || ("HOUSEHOLD".equals(scope) && this != DAUGHTER_ELSEWHERE_BY_THE_REGISTER);
  }
}
