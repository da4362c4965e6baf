package org.kofu.core.legacy.koseki;

/**
 * A person of a register with that register's row and the 名 of its 筆頭者 (kojin_no 1, null when the
 * register has no such row): what a 本籍地利用登録 is matched against. The 戸籍 holds the 氏 once, in the
 * register's 筆頭者氏名; a person's row holds the 名 only.
 */
public record RegisteredPerson(RegisterMemberRow member, RegisterRow register, String headShimei) {

  /**
   * The register's 氏: its 筆頭者氏名 without the 筆頭者's 名, or null when the name does not end with it
   * (then no full name can be made, and nothing matches).
   */
  public String surname() {
    String hittosha = register.hittosha().strip();
    if (headShimei == null || !hittosha.endsWith(headShimei.strip())) {
      return null;
    }
    return hittosha.substring(0, hittosha.length() - headShimei.strip().length()).strip();
  }

  /** The person's 氏名 as the register holds it, or null when the 氏 is unknown. */
  public String fullName() {
    String surname = surname();
    return surname == null ? null : surname + member.shimei().strip();
  }

  /** Still in force: recorded in a CURRENT register and not removed from it (除籍). */
  public boolean inRegister() {
    return !member.joseki() && "CURRENT".equals(register.status().strip());
  }

  @Override
  public String toString() {
    return "RegisteredPerson[" + member.rowKey() + "]";
  }
}
