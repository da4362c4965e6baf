package org.kofu.core.certificate.assembly;

import java.util.ArrayList;
import java.util.List;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.certificate.assembly.MissingRecordException.Missing;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.HouseholdRow;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.SealRow;
import org.kofu.core.legacy.madoguchi.TaxRow;

/**
 * Reads what a certificate shows and records every row read, with its version, in the content's
 * {@link SourceVersions}, 外字 included. Whether the certificate may be issued (status, restrictions,
 * age) is not decided here; a record that does not exist is a {@link MissingRecordException}.
 */
public final class CertificateContentAssembler {

  private final MadoguchiReader madoguchi;
  private final RegisterAssembly registers;
  private final GaijiResolution gaiji;

  public CertificateContentAssembler(MadoguchiReader madoguchi, KosekiReader koseki) {
    this.madoguchi = madoguchi;
    this.registers = new RegisterAssembly(madoguchi, koseki);
    this.gaiji = new GaijiResolution(madoguchi, koseki);
  }

  /**
   * The content with its 外字 replaced as the system's {@code gaiji} table maps them (the rows'
   * versions among its sources); a 外字 that cannot be mapped is an {@link
   * org.kofu.core.render.font.UndrawableCharacterException}.
   */
  public CertificateContent assemble(CertificateSubject subject) {
    CertificateContent content =
        switch (subject.type()) {
          case JUMINHYO, JUMINHYO_KISAI -> residents(subject);
          case INKAN -> seal(subject);
          case SHOTOKU_KAZEI, SHOTOKU, KAZEI -> tax(subject);
          case KOSEKI_ZENBU, KOSEKI_KOJIN -> registers.register(subject);
          case KOSEKI_FUHYO -> registers.fuhyo(subject);
        };
    return gaiji.resolve(content);
  }

  /** 住民票: the requester or the ACTIVE household, householder first, then in record order. */
  private CertificateContent residents(CertificateSubject subject) {
    SourceVersions.Builder sources = SourceVersions.builder();
    ResidentRow requester = requester(subject.person(), sources);
    HouseholdRow household =
        madoguchi
            .household(requester.setaiNo())
            .orElseThrow(() -> missing(subject.person(), Missing.HOUSEHOLD, ""));
    sources.add(HouseholdRow.TABLE, household.rowKey(), household.version());
    long head = household.setainushiAtenaNo();
    // SELF reads only the householder besides the requester, so that changes to other members
    // leave its recorded versions (and a cached body) valid
    List<ResidentRow> members =
        subject.options().scope() == Scope.HOUSEHOLD
            ? madoguchi.householdMembers(requester.setaiNo())
            : List.of(requester);
    members.forEach(m -> sources.add(ResidentRow.TABLE, m.rowKey(), m.version()));
    ResidentRow householder =
        members.stream()
            .filter(m -> m.atenaNo() == head)
            .findFirst()
            .or(() -> madoguchi.resident(head))
            .orElseThrow(() -> missing(subject.person(), Missing.HOUSEHOLD, " (householder)"));
    sources.add(ResidentRow.TABLE, householder.rowKey(), householder.version());
    List<ResidentRow> persons = new ArrayList<>();
    if (subject.options().scope() == Scope.HOUSEHOLD) {
      if (householder.isActive()) {
        persons.add(householder);
      }
      members.stream().filter(m -> m.isActive() && m.atenaNo() != head).forEach(persons::add);
    } else {
      persons.add(requester);
    }
    return new CertificateContent.Residents(subject, persons, householder, sources.build());
  }

  private CertificateContent seal(CertificateSubject subject) {
    SourceVersions.Builder sources = SourceVersions.builder();
    ResidentRow resident = requester(subject.person(), sources);
    SealRow seal =
        madoguchi
            .activeSeal(resident.atenaNo())
            .orElseThrow(
                () -> missing(subject.person(), Missing.SEAL, " (no ACTIVE registration)"));
    sources.add(SealRow.TABLE, seal.rowKey(), seal.version());
    return new CertificateContent.Seal(subject, resident, seal, sources.build());
  }

  private CertificateContent tax(CertificateSubject subject) {
    SourceVersions.Builder sources = SourceVersions.builder();
    ResidentRow resident = requester(subject.person(), sources);
    Integer nendo = subject.options().fiscalYear();
    TaxRow tax =
        (nendo == null
                ? madoguchi.latestTax(resident.atenaNo())
                : madoguchi.tax(resident.atenaNo(), nendo))
            .orElseThrow(
                () -> missing(subject.person(), Missing.TAX, nendo == null ? "" : " of " + nendo));
    sources.add(TaxRow.TABLE, tax.rowKey(), tax.version());
    return new CertificateContent.Tax(subject, resident, tax, sources.build());
  }

  private ResidentRow requester(PersonRef person, SourceVersions.Builder sources) {
    ResidentRow r = registers.resident(person);
    sources.add(ResidentRow.TABLE, r.rowKey(), r.version());
    return r;
  }

  static MissingRecordException missing(PersonRef person, Missing what, String detail) {
    return new MissingRecordException(person, what, detail);
  }
}
