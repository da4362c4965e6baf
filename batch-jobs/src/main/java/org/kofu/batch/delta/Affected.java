package org.kofu.batch.delta;

import java.util.Set;
import java.util.function.Predicate;
import org.kofu.batch.eligibility.Variant;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;

/**
 * Which of a person's variants a journal row can change, from what the certificates show and what
 * the issuance rules read (see the README's table). Unknown tables affect every variant.
 */
enum Affected implements Predicate<Variant> {
  /** The person's own resident row or restriction: every certificate shows or checks it. */
  EVERY_VARIANT {
    @Override
    public boolean test(Variant v) {
      return true;
    }
  },
  /** The household's row or its householder: every 住民票 (SELF shows the householder). */
  RESIDENT_CERTIFICATES {
    @Override
    public boolean test(Variant v) {
      return JUMINHYO.contains(v.type());
    }
  },
  /** Another member's row or restriction: only the 住民票 that lists the whole household. */
  HOUSEHOLD_CERTIFICATES {
    @Override
    public boolean test(Variant v) {
      return JUMINHYO.contains(v.type()) && v.scope() == Scope.HOUSEHOLD;
    }
  },
  SEAL {
    @Override
    public boolean test(Variant v) {
      return v.type() == CertificateType.INKAN;
    }
  },
  TAX {
    @Override
    public boolean test(Variant v) {
      return v.type().family() == CertificateType.Family.TAX;
    }
  },
  /** A 戸籍 row: the register certificates of every resident recorded in it. */
  REGISTER {
    @Override
    public boolean test(Variant v) {
      return REGISTERS.contains(v.type());
    }
  };

  private static final Set<CertificateType> JUMINHYO =
      Set.of(CertificateType.JUMINHYO, CertificateType.JUMINHYO_KISAI);
  private static final Set<CertificateType> REGISTERS =
      Set.of(
          CertificateType.KOSEKI_ZENBU, CertificateType.KOSEKI_KOJIN, CertificateType.KOSEKI_FUHYO);

  /** What a {@code madoguchi} row changes for the person it belongs to. */
  static Affected forOwner(String table) {
    return switch (table.toLowerCase(java.util.Locale.ROOT)) {
      case "inkan" -> SEAL;
      case "shotoku_kazei" -> TAX;
      default -> EVERY_VARIANT;
    };
  }

  /**
   * What a {@code madoguchi} row changes for the members of its household, or null for nothing.
   *
   * @param ownerIsHouseholder whether the row's person is the household's householder now
   */
  static Affected forHousehold(String table, boolean ownerIsHouseholder) {
    return switch (table.toLowerCase(java.util.Locale.ROOT)) {
      case "inkan", "shotoku_kazei" -> null;
      case "setai" -> RESIDENT_CERTIFICATES;
      case "jumin" -> ownerIsHouseholder ? RESIDENT_CERTIFICATES : HOUSEHOLD_CERTIFICATES;
      // a 住民票 names its householder: 支援措置 of the householder reaches every member's
      case "kofu_seigen" -> ownerIsHouseholder ? RESIDENT_CERTIFICATES : HOUSEHOLD_CERTIFICATES;
      default -> RESIDENT_CERTIFICATES;
    };
  }
}
