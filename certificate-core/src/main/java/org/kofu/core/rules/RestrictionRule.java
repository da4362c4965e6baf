package org.kofu.core.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.legacy.koseki.FuhyoRestrictionRow;
import org.kofu.core.legacy.madoguchi.RestrictionRow;

/**
 * Which restriction refuses which certificate (docs/operating-rules.md, "交付制限 and 支援措置"). A
 * restriction counts only while in force: {@code valid_from <= today} and ({@code valid_to} null or
 * {@code today <= valid_to}).
 *
 * <ul>
 *   <li>{@code DV_SUPPORT} in either system (支援措置, whatever {@code cert_type} names) protects the
 *       person's address: every certificate of the person themself, and every certificate of
 *       someone else that prints them with an address, is refused.
 *   <li>another reason in {@code kofu_seigen} restricts the person's own certificates of {@code
 *       cert_type} (null: every type; a tax type: every tax type); it does not reach other persons'
 *       certificates.
 *   <li>another reason in {@code fuhyo_seigen} restricts the 附票 entry it is recorded on: every 附票
 *       that prints the person (their own, or {@code scope=ALL} of their register).
 * </ul>
 */
final class RestrictionRule {

  private RestrictionRule() {}

  static boolean refuses(ShownPerson person, CertificateType type, LocalDate today) {
    boolean self = person.role() == ShownPerson.Role.REQUESTER;
    for (RestrictionRow r : person.issuance()) {
      if (r.inForce(today) && (r.protectsAddress() || (self && ownTypes(r, type, today)))) {
        return true;
      }
    }
    for (FuhyoRestrictionRow r : person.fuhyo()) {
      if (r.inForce(today) && (r.protectsAddress() || type == CertificateType.KOSEKI_FUHYO)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A restriction of one tax certificate restricts them all: 所得・課税, 所得 and 課税 print the same
   * record, and a row written before 所得 and 課税 were sold separately names 所得・課税 only.
   */
  private static boolean ownTypes(RestrictionRow r, CertificateType type, LocalDate today) {
    if (r.appliesTo(type.name(), today)) {
      return true;
    }
    return type.family() == CertificateType.Family.TAX
        && TAX_TYPES.stream().anyMatch(t -> r.appliesTo(t.name(), today));
  }

  private static final List<CertificateType> TAX_TYPES =
      Arrays.stream(CertificateType.values())
          .filter(t -> t.family() == CertificateType.Family.TAX)
          .toList();
}
