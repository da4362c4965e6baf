package org.kofu.core.rules;

import static org.kofu.core.rules.RefusalCause.ISSUANCE_RESTRICTED;
import static org.kofu.core.rules.RefusalCause.MOVING_OUT;
import static org.kofu.core.rules.RefusalCause.NOT_RESIDENT;
import static org.kofu.core.rules.RefusalCause.NO_FAMILY_REGISTER;
import static org.kofu.core.rules.RefusalCause.NO_SEAL_REGISTRATION;
import static org.kofu.core.rules.RefusalCause.NO_TAX_RECORD;
import static org.kofu.core.rules.RefusalCause.OPTION_DISABLED;
import static org.kofu.core.rules.RefusalCause.UNDER_AGE;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.legacy.madoguchi.ResidentRow;

/**
 * The issuance rules, applied on every request whatever the cache holds. Pure: the same facts
 * always give the same decision. Checks run from the request itself to the records, and the first
 * that fails decides.
 */
public final class IssuanceRules {

  private final IssuancePolicy policy;

  public IssuanceRules(IssuancePolicy policy) {
    this.policy = policy;
  }

  public IssuanceDecision evaluate(IssuanceFacts facts) {
    CertificateType type = facts.subject().type();
    RefusalCause cause = requestCause(type, facts.subject().options());
    if (cause == null) {
      cause = facts.requester() == null ? registrantCause(facts) : residentCause(facts);
    }
    if (cause == null && restricted(facts)) {
      cause = ISSUANCE_RESTRICTED;
    }
    if (cause == null && facts.requester() != null) {
      cause = residentLimits(facts);
    }
    if (cause == null) {
      cause = recordCause(facts);
    }
    return cause == null ? IssuanceDecision.ISSUABLE : IssuanceDecision.refuse(cause);
  }

  private RefusalCause requestCause(CertificateType type, CertificateOptions options) {
    if (!policy.enabledTypes().contains(type)) {
      return OPTION_DISABLED;
    }
    if (options.myNumber() && !policy.myNumberEnabled()) {
      return OPTION_DISABLED;
    }
    if (options.form() != null
        && options.form() != policy.defaultForm()
        && !policy.formChoosable()) {
      return OPTION_DISABLED;
    }
    return null;
  }

  /** Someone reached through 本籍地利用登録 can only have what their 戸籍 gives. */
  private RefusalCause registrantCause(IssuanceFacts facts) {
    if (facts.subject().type().family() != CertificateType.Family.REGISTER) {
      return NOT_RESIDENT;
    }
    return null;
  }

  private RefusalCause residentCause(IssuanceFacts facts) {
    return facts.requester().isActive() ? null : NOT_RESIDENT;
  }

  /** A restriction of anyone the certificate prints, registrants' requests included. */
  private static boolean restricted(IssuanceFacts facts) {
    CertificateType type = facts.subject().type();
    return facts.shown().stream().anyMatch(p -> RestrictionRule.refuses(p, type, facts.today()));
  }

  private RefusalCause residentLimits(IssuanceFacts facts) {
    ResidentRow requester = facts.requester();
    boolean movingOut =
        requester.tenshutsuYoteiDate() != null
            || facts.personsInScope().stream().anyMatch(p -> p.tenshutsuYoteiDate() != null);
    if (movingOut) {
      return MOVING_OUT;
    }
    if (Period.between(requester.birthDate(), facts.today()).getYears() < policy.minimumAge()) {
      return UNDER_AGE;
    }
    return null;
  }

  private RefusalCause recordCause(IssuanceFacts facts) {
    return switch (facts.subject().type().family()) {
      case SEAL ->
          facts.activeSeal() != null && facts.activeSeal().isActive() ? null : NO_SEAL_REGISTRATION;
      case REGISTER -> facts.hasFamilyRegister() ? null : NO_FAMILY_REGISTER;
      case TAX -> taxCause(facts);
      case RESIDENT -> null;
    };
  }

  /**
   * A record of the asked 年度 within the city's window; without a 年度 the latest on record, which
   * must be within it too.
   */
  private RefusalCause taxCause(IssuanceFacts facts) {
    Integer year = facts.subject().options().fiscalYear();
    if (facts.taxYears().isEmpty()) {
      return NO_TAX_RECORD;
    }
    int asked = year == null ? Collections.max(facts.taxYears()) : year;
    return facts.taxYears().contains(asked) && policy.taxYears().issuable(asked, facts.today())
        ? null
        : NO_TAX_RECORD;
  }

  /** The 年度 of {@code onRecord} a kiosk may issue on {@code today}, oldest first. */
  public List<Integer> issuableTaxYears(Collection<Integer> onRecord, LocalDate today) {
    return policy.taxYears().issuable(onRecord, today);
  }
}
