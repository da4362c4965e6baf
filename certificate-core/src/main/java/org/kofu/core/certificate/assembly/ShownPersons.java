package org.kofu.core.certificate.assembly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.koseki.FuhyoRestrictionRow;
import org.kofu.core.legacy.koseki.FuhyoRestrictions;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.RestrictionRow;
import org.kofu.core.rules.ShownPerson;
import org.kofu.core.rules.ShownPerson.Role;

/**
 * Who a certificate prints, as the assembler reads it, each with their restrictions in both
 * systems: what the rules need to refuse a certificate that would print an address 支援措置 protects.
 * The requester comes first; then, printed with an address, the other ACTIVE members of a HOUSEHOLD
 * 住民票, the householder a 住民票 names, and every other person of the register of a 附票 {@code
 * scope=ALL} (also those who live elsewhere: only {@code koseki.fuhyo_seigen} knows them). A 戸籍
 * 全部事項証明書 prints no address, so its other members are not listed. Reads in as few round trips as
 * the two databases allow: the restrictions of everyone in one statement per system.
 */
public final class ShownPersons {

  private final MadoguchiReader madoguchi;
  private final KosekiReader koseki;

  public ShownPersons(MadoguchiReader madoguchi, KosekiReader koseki) {
    this.madoguchi = madoguchi;
    this.koseki = koseki;
  }

  /** One person printed: a resident ({@code atenaNo}) or a register entry, or both. */
  private record Who(PersonRef ref, Role role, Long atenaNo, Long kosekiId, Integer kojinNo) {}

  /**
   * @param requester the requester's resident record, or null for a person reached through 本籍地利用登録
   *     (the subject's person is then their register entry)
   */
  public List<ShownPerson> read(CertificateSubject subject, ResidentRow requester) {
    List<Who> who = who(subject, requester);
    List<Long> atenaNos = who.stream().map(Who::atenaNo).filter(a -> a != null).distinct().toList();
    Map<Long, List<RestrictionRow>> issuance = new LinkedHashMap<>();
    madoguchi
        .restrictions(atenaNos)
        .forEach(r -> issuance.computeIfAbsent(r.atenaNo(), a -> new ArrayList<>()).add(r));
    // by resident and by register in one statement: the 附票 of the whole register asks for both
    List<Long> kosekiIds =
        who.stream().map(Who::kosekiId).filter(k -> k != null).distinct().toList();
    FuhyoRestrictions fuhyoRows = koseki.fuhyoRestrictions(atenaNos, kosekiIds);
    List<ShownPerson> shown = new ArrayList<>();
    for (Who w : who) {
      Map<Long, FuhyoRestrictionRow> fuhyo = new LinkedHashMap<>();
      if (w.atenaNo() != null) {
        fuhyoRows.ofResidents().get(w.atenaNo()).forEach(r -> fuhyo.put(r.seigenId(), r));
      }
      if (w.kosekiId() != null) {
        fuhyoRows.ofRegisters().get(w.kosekiId()).stream()
            .filter(r -> r.kojinNo() == w.kojinNo())
            .forEach(r -> fuhyo.put(r.seigenId(), r));
      }
      List<RestrictionRow> own =
          w.atenaNo() == null ? List.of() : issuance.getOrDefault(w.atenaNo(), List.of());
      shown.add(new ShownPerson(w.ref(), w.role(), own, List.copyOf(fuhyo.values())));
    }
    return shown;
  }

  private List<Who> who(CertificateSubject subject, ResidentRow requester) {
    List<Who> who = new ArrayList<>();
    Optional<RegisterMemberRow> entry = registerEntry(subject, requester);
    if (requester != null) {
      who.add(new Who(subject.person(), Role.REQUESTER, requester.atenaNo(), null, null));
    } else {
      RegisterMemberRow self = entry.orElse(null);
      Long atena = self == null ? null : self.atenaNo();
      PersonRef.RegisterMember ref = (PersonRef.RegisterMember) subject.person();
      who.add(new Who(ref, Role.REQUESTER, atena, ref.kosekiId(), ref.kojinNo()));
    }
    switch (subject.type().family()) {
      case RESIDENT -> residents(subject, requester, who);
      case REGISTER -> {
        if (subject.type() == CertificateType.KOSEKI_FUHYO
            && subject.options().scope() == Scope.ALL
            && entry.isPresent()) {
          registerMembers(entry.get(), who);
        }
      }
      default -> {}
    }
    return who;
  }

  /** The requester's place in a register: their current one, or the entry named directly. */
  private Optional<RegisterMemberRow> registerEntry(
      CertificateSubject subject, ResidentRow requester) {
    if (subject.type().family() != CertificateType.Family.REGISTER && requester != null) {
      return Optional.empty();
    }
    if (subject.person() instanceof PersonRef.RegisterMember m) {
      return koseki.member(m.kosekiId(), m.kojinNo());
    }
    return requester == null ? Optional.empty() : koseki.currentMembership(requester.atenaNo());
  }

  private void residents(CertificateSubject subject, ResidentRow requester, List<Who> who) {
    if (requester == null) {
      return;
    }
    List<Long> listed = new ArrayList<>(List.of(requester.atenaNo()));
    if (subject.options().scope() == Scope.HOUSEHOLD) {
      for (ResidentRow m : madoguchi.householdMembers(requester.setaiNo())) {
        if (m.isActive() && !listed.contains(m.atenaNo())) {
          listed.add(m.atenaNo());
          who.add(resident(m.atenaNo()));
        }
      }
    }
    if (subject.options().householder()) {
      madoguchi
          .household(requester.setaiNo())
          .map(h -> h.setainushiAtenaNo())
          .filter(head -> !listed.contains(head))
          .ifPresent(head -> who.add(resident(head)));
    }
  }

  private static Who resident(long atenaNo) {
    return new Who(new PersonRef.Resident(atenaNo), Role.SHOWN_WITH_ADDRESS, atenaNo, null, null);
  }

  private void registerMembers(RegisterMemberRow self, List<Who> who) {
    // read with their addresses, which the 附票 prints: one statement serves the rules and the body
    for (RegisterMemberRow m : koseki.membersAndAddresses(self.kosekiId()).members()) {
      if (m.kojinNo() == self.kojinNo()) {
        // the requester's own entry: its restrictions count as the requester's
        Who first = who.get(0);
        who.set(0, new Who(first.ref(), first.role(), first.atenaNo(), m.kosekiId(), m.kojinNo()));
        continue;
      }
      PersonRef ref =
          m.atenaNo() == null
              ? new PersonRef.RegisterMember(m.kosekiId(), m.kojinNo())
              : new PersonRef.Resident(m.atenaNo());
      who.add(new Who(ref, Role.SHOWN_WITH_ADDRESS, m.atenaNo(), m.kosekiId(), m.kojinNo()));
    }
  }
}
