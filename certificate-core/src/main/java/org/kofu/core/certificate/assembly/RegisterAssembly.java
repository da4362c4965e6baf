package org.kofu.core.certificate.assembly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.certificate.assembly.MissingRecordException.Missing;
import org.kofu.core.legacy.koseki.AddressHistoryRow;
import org.kofu.core.legacy.koseki.FuhyoRestrictionRow;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.koseki.MembersAndAddresses;
import org.kofu.core.legacy.koseki.RegisterEntryRow;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.koseki.RegisterRow;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;

/** The 戸籍 certificates: 全部・個人事項証明書 and 附票の写し. */
final class RegisterAssembly {

  private final MadoguchiReader madoguchi;
  private final KosekiReader koseki;

  RegisterAssembly(MadoguchiReader madoguchi, KosekiReader koseki) {
    this.madoguchi = madoguchi;
    this.koseki = koseki;
  }

  /** 全部 (every member, in register order) or 個人 (the requester's own entry). */
  CertificateContent register(CertificateSubject subject) {
    SourceVersions.Builder sources = SourceVersions.builder();
    RegisterMemberRow self = membership(subject.person());
    RegisterRow register = register(subject.person(), self, sources);
    boolean all = subject.type() == CertificateType.KOSEKI_ZENBU;
    List<RegisterMemberRow> members = all ? koseki.members(register.kosekiId()) : List.of(self);
    members.forEach(m -> sources.add(RegisterMemberRow.TABLE, m.rowKey(), m.version()));
    List<RegisterEntryRow> entries =
        all ? koseki.entries(register.kosekiId()) : koseki.entries(self.kosekiId(), self.kojinNo());
    entries.forEach(e -> sources.add(RegisterEntryRow.TABLE, e.rowKey(), e.version()));
    Map<Integer, List<RegisterEntryRow>> personEntries = new LinkedHashMap<>();
    for (RegisterMemberRow m : members) {
      personEntries.put(
          m.kojinNo(),
          entries.stream().filter(e -> Integer.valueOf(m.kojinNo()).equals(e.kojinNo())).toList());
    }
    List<RegisterEntryRow> registerEntries =
        entries.stream().filter(e -> e.kojinNo() == null).toList();
    return new CertificateContent.Register(
        subject, register, members, registerEntries, personEntries, sources.build());
  }

  /** 附票: the requester's address history, or every member's. */
  CertificateContent fuhyo(CertificateSubject subject) {
    SourceVersions.Builder sources = SourceVersions.builder();
    RegisterMemberRow self = membership(subject.person());
    RegisterRow register = register(subject.person(), self, sources);
    boolean all = subject.options().scope() == Scope.ALL;
    MembersAndAddresses read =
        all
            ? koseki.membersAndAddresses(register.kosekiId())
            : new MembersAndAddresses(
                List.of(self), koseki.addressHistory(self.kosekiId(), self.kojinNo()));
    List<RegisterMemberRow> members = read.members();
    members.forEach(m -> sources.add(RegisterMemberRow.TABLE, m.rowKey(), m.version()));
    List<AddressHistoryRow> rows = read.addresses();
    rows.forEach(a -> sources.add(AddressHistoryRow.TABLE, a.rowKey(), a.version()));
    // the 附票's restrictions are rows it is made from: a restriction recorded after a body was
    // made changes the set, so that body is never taken as fresh
    restrictions(self, all)
        .forEach(r -> sources.add(FuhyoRestrictionRow.TABLE, r.rowKey(), r.version()));
    Map<Integer, List<AddressHistoryRow>> addresses = new LinkedHashMap<>();
    for (RegisterMemberRow m : members) {
      addresses.put(m.kojinNo(), rows.stream().filter(a -> a.kojinNo() == m.kojinNo()).toList());
    }
    return new CertificateContent.Fuhyo(subject, register, members, addresses, sources.build());
  }

  /** The restrictions on the entries the 附票 prints, read as the rules read them. */
  private List<FuhyoRestrictionRow> restrictions(RegisterMemberRow self, boolean all) {
    if (all || self.atenaNo() == null) {
      return koseki.fuhyoRestrictions(self.kosekiId()).stream()
          .filter(r -> all || r.kojinNo() == self.kojinNo())
          .toList();
    }
    return koseki.fuhyoRestrictionsOfResidents(List.of(self.atenaNo())).get(self.atenaNo()).stream()
        .filter(r -> r.kosekiId() == self.kosekiId() && r.kojinNo() == self.kojinNo())
        .toList();
  }

  ResidentRow resident(PersonRef person) {
    if (!(person instanceof PersonRef.Resident r)) {
      throw CertificateContentAssembler.missing(person, Missing.RESIDENT, " (not a resident)");
    }
    return madoguchi
        .resident(r.atenaNo())
        .orElseThrow(() -> CertificateContentAssembler.missing(person, Missing.RESIDENT, ""));
  }

  /** A resident's place in their current register, or the register member named directly. */
  private RegisterMemberRow membership(PersonRef person) {
    if (person instanceof PersonRef.Resident r) {
      return koseki
          .currentMembership(r.atenaNo())
          .orElseThrow(() -> CertificateContentAssembler.missing(person, Missing.REGISTER, ""));
    }
    PersonRef.RegisterMember m = (PersonRef.RegisterMember) person;
    return koseki
        .member(m.kosekiId(), m.kojinNo())
        .orElseThrow(
            () -> CertificateContentAssembler.missing(person, Missing.REGISTER_MEMBER, ""));
  }

  private RegisterRow register(
      PersonRef person, RegisterMemberRow self, SourceVersions.Builder sources) {
    RegisterRow register =
        koseki
            .register(self.kosekiId())
            .orElseThrow(() -> CertificateContentAssembler.missing(person, Missing.REGISTER, ""));
    sources.add(RegisterRow.TABLE, register.rowKey(), register.version());
    return register;
  }
}
