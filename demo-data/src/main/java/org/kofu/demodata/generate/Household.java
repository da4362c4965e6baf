package org.kofu.demodata.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One generated household: where it lives and its members in record order (head first). */
final class Household {

  long setaiNo;
  final List<Member> members = new ArrayList<>();
  String address;
  String katagaki;
  LocalDate juteiDate;
  String prevAddress;

  /** 本籍 of the head's family; null for foreign households. */
  String honseki;

  /** Whether that 本籍 is in 函館市, so that its 戸籍 is generated here. */
  boolean registerHere;

  /** 筆頭者 of the head's register, and of the head's parents' register when they live here. */
  String hittosha;

  String parentsHittosha;

  /** The MJ characters of its surname, address and 本籍 ({@link ExtendedCharacters}), or null. */
  String[] mjSpelling;

  Member head() {
    return members.get(0);
  }

  boolean isForeign() {
    return head().foreigner != null;
  }

  Member spouse() {
    return members.stream().filter(m -> m.role == Member.Role.SPOUSE).findFirst().orElse(null);
  }

  List<Member> withRole(Member.Role role) {
    return members.stream().filter(m -> m.role == role).toList();
  }
}
