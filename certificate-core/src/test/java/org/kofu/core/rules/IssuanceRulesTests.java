package org.kofu.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.core.rules.Facts.TODAY;
import static org.kofu.core.rules.Facts.request;
import static org.kofu.core.rules.Residents.active;
import static org.kofu.core.rules.Residents.resident;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.RestrictionRow;
import org.kofu.core.legacy.madoguchi.SealRow;

class IssuanceRulesTests {

  private static final SealRow ACTIVE_SEAL =
      new SealRow(1, 1, LocalDate.of(2010, 1, 1), "ACTIVE", new byte[0], 1);

  private final IssuanceRules rules = new IssuanceRules(IssuancePolicy.defaults());

  @Test
  void activeAdultResidentGetsAJuminhyo() {
    assertThat(decide(request(CertificateType.JUMINHYO, active(1)))).isEqualTo(ok());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MOVED_OUT", "DECEASED", "ERASED"})
  void anyoneNoLongerResidentIsRefused(String status) {
    ResidentRow gone = resident(1, LocalDate.of(1970, 1, 1), status, null);
    assertThat(decide(request(CertificateType.JUMINHYO, gone)))
        .isEqualTo(refused(RefusalCause.NOT_RESIDENT));
  }

  @Test
  void restrictionForEveryTypeRefusesEvenASealCertificate() {
    RestrictionRow dv = new RestrictionRow(1, 1, null, "DV_SUPPORT", TODAY, null, 1);
    Facts facts = request(CertificateType.INKAN, active(1)).seal(ACTIVE_SEAL).restrictions(dv);
    assertThat(decide(facts)).isEqualTo(refused(RefusalCause.ISSUANCE_RESTRICTED));
  }

  @Test
  void restrictionOfAnotherTypeOrOutOfItsPeriodDoesNotApply() {
    RestrictionRow otherType =
        new RestrictionRow(1, 1, "INKAN", "SELF_REQUEST", TODAY.minusDays(1), null, 1);
    RestrictionRow ended =
        new RestrictionRow(2, 1, null, "CARD_LOST", TODAY.minusYears(1), TODAY.minusDays(1), 1);
    RestrictionRow future = new RestrictionRow(3, 1, null, "OTHER", TODAY.plusDays(1), null, 1);
    Facts facts =
        request(CertificateType.JUMINHYO, active(1)).restrictions(otherType, ended, future);
    assertThat(decide(facts)).isEqualTo(ok());
  }

  @Test
  void restrictionEndingTodayStillApplies() {
    RestrictionRow endsToday =
        new RestrictionRow(1, 1, null, "OTHER", TODAY.minusDays(9), TODAY, 1);
    Facts facts = request(CertificateType.JUMINHYO, active(1)).restrictions(endsToday);
    assertThat(decide(facts)).isEqualTo(refused(RefusalCause.ISSUANCE_RESTRICTED));
  }

  @Test
  void notifiedMoveOutOfAHouseholdMemberRefusesTheHouseholdJuminhyo() {
    ResidentRow requester = active(1);
    ResidentRow leaving = resident(2, LocalDate.of(1990, 1, 1), "ACTIVE", TODAY.plusDays(10));
    Facts facts =
        request(CertificateType.JUMINHYO, requester)
            .options(new CertificateOptions(Scope.HOUSEHOLD, true, false, false, null))
            .inScope(requester, leaving);
    assertThat(decide(facts)).isEqualTo(refused(RefusalCause.MOVING_OUT));
  }

  @Test
  void fourteenYearOldIsUnderAgeAndFifteenOnTheBirthdayIsNot() {
    ResidentRow fourteen = resident(1, TODAY.minusYears(15).plusDays(1), "ACTIVE", null);
    ResidentRow fifteen = resident(1, TODAY.minusYears(15), "ACTIVE", null);
    assertThat(decide(request(CertificateType.JUMINHYO, fourteen)))
        .isEqualTo(refused(RefusalCause.UNDER_AGE));
    assertThat(decide(request(CertificateType.JUMINHYO, fifteen))).isEqualTo(ok());
  }

  @Test
  void abolishedSealIsNeverCertified() {
    SealRow abolished = new SealRow(1, 1, LocalDate.of(2010, 1, 1), "ABOLISHED", new byte[0], 2);
    assertThat(decide(request(CertificateType.INKAN, active(1)).seal(abolished)))
        .isEqualTo(refused(RefusalCause.NO_SEAL_REGISTRATION));
    assertThat(decide(request(CertificateType.INKAN, active(1))))
        .isEqualTo(refused(RefusalCause.NO_SEAL_REGISTRATION));
  }

  @Test
  void activeSealIsCertified() {
    assertThat(decide(request(CertificateType.INKAN, active(1)).seal(ACTIVE_SEAL))).isEqualTo(ok());
  }

  @Test
  void myNumberIsRefusedUnlessTheCityEnabledIt() {
    Facts facts =
        request(CertificateType.JUMINHYO, active(1))
            .options(new CertificateOptions(Scope.SELF, true, false, true, null));
    assertThat(decide(facts)).isEqualTo(refused(RefusalCause.OPTION_DISABLED));
    IssuanceRules enabled =
        new IssuanceRules(new IssuancePolicy(15, true, Set.of(CertificateType.values())));
    assertThat(enabled.evaluate(facts.build())).isEqualTo(ok());
  }

  @Test
  void typeTheCityDoesNotOfferIsRefused() {
    IssuanceRules noKoseki =
        new IssuanceRules(new IssuancePolicy(15, false, Set.of(CertificateType.JUMINHYO)));
    Facts facts = request(CertificateType.KOSEKI_ZENBU, active(1)).withRegister();
    assertThat(noKoseki.evaluate(facts.build())).isEqualTo(refused(RefusalCause.OPTION_DISABLED));
  }

  @Test
  void taxCertificateNeedsARecordOfTheAskedYear() {
    Facts year2024 =
        request(CertificateType.SHOTOKU_KAZEI, active(1))
            .options(new CertificateOptions(null, false, false, false, 2024))
            .taxYears(2025, 2026);
    assertThat(decide(year2024)).isEqualTo(refused(RefusalCause.NO_TAX_RECORD));
    assertThat(decide(request(CertificateType.SHOTOKU_KAZEI, active(1))))
        .isEqualTo(refused(RefusalCause.NO_TAX_RECORD));
    assertThat(decide(request(CertificateType.SHOTOKU_KAZEI, active(1)).taxYears(2026)))
        .isEqualTo(ok());
  }

  @Test
  void everyTaxKindIsRefusedOutsideTheCitysWindow() {
    // Facts.TODAY is in 2026年度, past 6月1日: only 2026 may be issued by default
    for (CertificateType type :
        List.of(CertificateType.SHOTOKU_KAZEI, CertificateType.SHOTOKU, CertificateType.KAZEI)) {
      Facts asked2025 =
          request(type, active(1))
              .options(new CertificateOptions(null, false, false, false, 2025))
              .taxYears(2025, 2026);
      assertThat(decide(asked2025)).as("%s", type).isEqualTo(refused(RefusalCause.NO_TAX_RECORD));
      Facts asked2026 =
          request(type, active(1))
              .options(new CertificateOptions(null, false, false, false, 2026))
              .taxYears(2025, 2026);
      assertThat(decide(asked2026)).as("%s", type).isEqualTo(ok());
      // the latest on record, when none is asked, must be within the window too
      assertThat(decide(request(type, active(1)).taxYears(2024, 2025)))
          .as("%s", type)
          .isEqualTo(refused(RefusalCause.NO_TAX_RECORD));
    }
    IssuanceRules wider =
        new IssuanceRules(
            new IssuancePolicy(
                15, false, Set.of(CertificateType.values()), new TaxYearWindow(1, null)));
    Facts asked2025 =
        request(CertificateType.KAZEI, active(1))
            .options(new CertificateOptions(null, false, false, false, 2025))
            .taxYears(2025, 2026);
    assertThat(wider.evaluate(asked2025.build())).isEqualTo(ok());
    assertThat(wider.issuableTaxYears(List.of(2024, 2025, 2026), Facts.TODAY))
        .containsExactly(2025, 2026);
  }

  @Test
  void registrantWithoutResidentRecordGetsOnlyFamilyRegisterCertificates() {
    PersonRef member = new PersonRef.RegisterMember(5, 2);
    assertThat(decide(Facts.registrant(member, CertificateType.KOSEKI_ZENBU).withRegister()))
        .isEqualTo(ok());
    assertThat(decide(Facts.registrant(member, CertificateType.JUMINHYO).withRegister()))
        .isEqualTo(refused(RefusalCause.NOT_RESIDENT));
  }

  @Test
  void familyRegisterCertificateNeedsARegisterHere() {
    assertThat(decide(request(CertificateType.KOSEKI_KOJIN, active(1))))
        .isEqualTo(refused(RefusalCause.NO_FAMILY_REGISTER));
    assertThat(decide(request(CertificateType.KOSEKI_KOJIN, active(1)).withRegister()))
        .isEqualTo(ok());
  }

  private IssuanceDecision decide(Facts facts) {
    return rules.evaluate(facts.build());
  }

  private static IssuanceDecision ok() {
    return IssuanceDecision.ISSUABLE;
  }

  private static IssuanceDecision refused(RefusalCause cause) {
    return IssuanceDecision.refuse(cause);
  }
}
