package org.kofu.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.core.rules.Residents.active;
import static org.kofu.core.rules.Residents.resident;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.legacy.madoguchi.RestrictionRow;
import org.kofu.core.legacy.madoguchi.SealRow;

class IssuanceRulesTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final SealRow ACTIVE_SEAL =
      new SealRow(1, 1, LocalDate.of(2010, 1, 1), "ACTIVE", new byte[0], 1);

  private final IssuanceRules rules = new IssuanceRules(IssuancePolicy.defaults());

  @Test
  void activeAdultResidentGetsAJuminhyo() {
    assertThat(rules.evaluate(facts(CertificateType.JUMINHYO, active(1)))).isEqualTo(ok());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MOVED_OUT", "DECEASED", "ERASED"})
  void anyoneNoLongerResidentIsRefused(String status) {
    ResidentRow gone = resident(1, LocalDate.of(1970, 1, 1), status, null);
    assertThat(rules.evaluate(facts(CertificateType.JUMINHYO, gone)))
        .isEqualTo(refused(RefusalCause.NOT_RESIDENT));
  }

  @Test
  void restrictionForEveryTypeRefusesEvenASealCertificate() {
    RestrictionRow dv = new RestrictionRow(1, 1, null, "DV_SUPPORT", TODAY, null, 1);
    IssuanceFacts facts = withRestrictions(facts(CertificateType.INKAN, active(1)), dv);
    assertThat(rules.evaluate(facts)).isEqualTo(refused(RefusalCause.ISSUANCE_RESTRICTED));
  }

  @Test
  void restrictionOfAnotherTypeOrOutOfItsPeriodDoesNotApply() {
    RestrictionRow otherType =
        new RestrictionRow(1, 1, "INKAN", "SELF_REQUEST", TODAY.minusDays(1), null, 1);
    RestrictionRow ended =
        new RestrictionRow(2, 1, null, "CARD_LOST", TODAY.minusYears(1), TODAY.minusDays(1), 1);
    RestrictionRow future = new RestrictionRow(3, 1, null, "OTHER", TODAY.plusDays(1), null, 1);
    IssuanceFacts facts =
        withRestrictions(facts(CertificateType.JUMINHYO, active(1)), otherType, ended, future);
    assertThat(rules.evaluate(facts)).isEqualTo(ok());
  }

  @Test
  void restrictionEndingTodayStillApplies() {
    RestrictionRow endsToday =
        new RestrictionRow(1, 1, null, "OTHER", TODAY.minusDays(9), TODAY, 1);
    IssuanceFacts facts = withRestrictions(facts(CertificateType.JUMINHYO, active(1)), endsToday);
    assertThat(rules.evaluate(facts)).isEqualTo(refused(RefusalCause.ISSUANCE_RESTRICTED));
  }

  @Test
  void notifiedMoveOutOfAHouseholdMemberRefusesTheHouseholdJuminhyo() {
    ResidentRow requester = active(1);
    ResidentRow leaving = resident(2, LocalDate.of(1990, 1, 1), "ACTIVE", TODAY.plusDays(10));
    CertificateSubject subject =
        subject(
            CertificateType.JUMINHYO,
            new CertificateOptions(Scope.HOUSEHOLD, true, false, false, null));
    IssuanceFacts facts =
        new IssuanceFacts(
            subject,
            requester,
            List.of(requester, leaving),
            List.of(),
            null,
            false,
            Set.of(),
            TODAY);
    assertThat(rules.evaluate(facts)).isEqualTo(refused(RefusalCause.MOVING_OUT));
  }

  @Test
  void fourteenYearOldIsUnderAgeAndFifteenOnTheBirthdayIsNot() {
    ResidentRow fourteen = resident(1, TODAY.minusYears(15).plusDays(1), "ACTIVE", null);
    ResidentRow fifteen = resident(1, TODAY.minusYears(15), "ACTIVE", null);
    assertThat(rules.evaluate(facts(CertificateType.JUMINHYO, fourteen)))
        .isEqualTo(refused(RefusalCause.UNDER_AGE));
    assertThat(rules.evaluate(facts(CertificateType.JUMINHYO, fifteen))).isEqualTo(ok());
  }

  @Test
  void abolishedSealIsNeverCertified() {
    SealRow abolished = new SealRow(1, 1, LocalDate.of(2010, 1, 1), "ABOLISHED", new byte[0], 2);
    IssuanceFacts facts =
        new IssuanceFacts(
            subject(CertificateType.INKAN, null),
            active(1),
            List.of(active(1)),
            List.of(),
            abolished,
            false,
            Set.of(),
            TODAY);
    assertThat(rules.evaluate(facts)).isEqualTo(refused(RefusalCause.NO_SEAL_REGISTRATION));
    assertThat(rules.evaluate(facts(CertificateType.INKAN, active(1))))
        .isEqualTo(refused(RefusalCause.NO_SEAL_REGISTRATION));
  }

  @Test
  void activeSealIsCertified() {
    IssuanceFacts facts =
        new IssuanceFacts(
            subject(CertificateType.INKAN, null),
            active(1),
            List.of(active(1)),
            List.of(),
            ACTIVE_SEAL,
            false,
            Set.of(),
            TODAY);
    assertThat(rules.evaluate(facts)).isEqualTo(ok());
  }

  @Test
  void myNumberIsRefusedUnlessTheCityEnabledIt() {
    CertificateOptions withNumber = new CertificateOptions(Scope.SELF, true, false, true, null);
    IssuanceFacts facts =
        new IssuanceFacts(
            subject(CertificateType.JUMINHYO, withNumber),
            active(1),
            List.of(active(1)),
            List.of(),
            null,
            false,
            Set.of(),
            TODAY);
    assertThat(rules.evaluate(facts)).isEqualTo(refused(RefusalCause.OPTION_DISABLED));
    IssuanceRules enabled =
        new IssuanceRules(new IssuancePolicy(15, true, Set.of(CertificateType.values())));
    assertThat(enabled.evaluate(facts)).isEqualTo(ok());
  }

  @Test
  void taxCertificateNeedsARecordOfTheAskedYear() {
    CertificateOptions year2024 = new CertificateOptions(null, false, false, false, 2024);
    IssuanceFacts facts =
        new IssuanceFacts(
            subject(CertificateType.SHOTOKU_KAZEI, year2024),
            active(1),
            List.of(active(1)),
            List.of(),
            null,
            false,
            Set.of(2025, 2026),
            TODAY);
    assertThat(rules.evaluate(facts)).isEqualTo(refused(RefusalCause.NO_TAX_RECORD));
    assertThat(rules.evaluate(facts(CertificateType.SHOTOKU_KAZEI, active(1))))
        .isEqualTo(refused(RefusalCause.NO_TAX_RECORD));
  }

  @Test
  void registrantWithoutResidentRecordGetsOnlyFamilyRegisterCertificates() {
    PersonRef member = new PersonRef.RegisterMember(5, 2);
    IssuanceFacts zenbu =
        new IssuanceFacts(
            new CertificateSubject(member, CertificateType.KOSEKI_ZENBU, null),
            null,
            List.of(),
            List.of(),
            null,
            true,
            Set.of(),
            TODAY);
    IssuanceFacts juminhyo =
        new IssuanceFacts(
            new CertificateSubject(member, CertificateType.JUMINHYO, null),
            null,
            List.of(),
            List.of(),
            null,
            true,
            Set.of(),
            TODAY);
    assertThat(rules.evaluate(zenbu)).isEqualTo(ok());
    assertThat(rules.evaluate(juminhyo)).isEqualTo(refused(RefusalCause.NOT_RESIDENT));
  }

  @Test
  void familyRegisterCertificateNeedsARegisterHere() {
    assertThat(rules.evaluate(facts(CertificateType.KOSEKI_KOJIN, active(1))))
        .isEqualTo(refused(RefusalCause.NO_FAMILY_REGISTER));
  }

  private static IssuanceFacts facts(CertificateType type, ResidentRow requester) {
    return new IssuanceFacts(
        subject(type, null),
        requester,
        List.of(requester),
        List.of(),
        null,
        false,
        Set.of(),
        TODAY);
  }

  private static IssuanceFacts withRestrictions(IssuanceFacts f, RestrictionRow... restrictions) {
    return new IssuanceFacts(
        f.subject(),
        f.requester(),
        f.personsInScope(),
        List.of(restrictions),
        f.activeSeal(),
        f.hasFamilyRegister(),
        f.taxYears(),
        f.today());
  }

  private static CertificateSubject subject(CertificateType type, CertificateOptions options) {
    return new CertificateSubject(new PersonRef.Resident(1), type, options);
  }

  private static IssuanceDecision ok() {
    return IssuanceDecision.ISSUABLE;
  }

  private static IssuanceDecision refused(RefusalCause cause) {
    return IssuanceDecision.refuse(cause);
  }
}
