package org.kofu.core.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.SealRow;

/**
 * What the rules look at, read fresh from the existing systems for one request.
 *
 * @param subject the person, type and options asked for
 * @param requester the requester's resident record; null for someone reached through an approved
 *     本籍地利用登録 (no resident record here)
 * @param personsInScope the resident records the certificate certifies (the requester for SELF,
 *     every ACTIVE member for HOUSEHOLD): whose 転出予定 refuses it; empty for registrants
 * @param shown every person whose data the certificate prints that a restriction can concern (the
 *     requester first, then everyone printed with an address), each with their restrictions in both
 *     systems
 * @param activeSeal the requester's ACTIVE seal registration, or null
 * @param hasFamilyRegister whether a 戸籍 here holds the requester
 * @param taxYears the 年度 for which the requester has a tax record
 * @param today the day of the request in Asia/Tokyo
 */
public record IssuanceFacts(
    CertificateSubject subject,
    ResidentRow requester,
    List<ResidentRow> personsInScope,
    List<ShownPerson> shown,
    SealRow activeSeal,
    boolean hasFamilyRegister,
    Set<Integer> taxYears,
    LocalDate today) {

  public IssuanceFacts {
    personsInScope = List.copyOf(personsInScope);
    shown = List.copyOf(shown);
    taxYears = Set.copyOf(taxYears);
  }
}
