package org.kofu.core.legacy.koseki;

import java.util.List;

/**
 * A register's members, 除籍 included, in register order, and every 附票 address recorded in it, by
 * person, each oldest first: what a 附票 of the whole register prints.
 */
public record MembersAndAddresses(
    List<RegisterMemberRow> members, List<AddressHistoryRow> addresses) {

  public MembersAndAddresses {
    members = List.copyOf(members);
    addresses = List.copyOf(addresses);
  }
}
