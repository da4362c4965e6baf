package org.kofu.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.core.rules.Facts.TODAY;
import static org.kofu.core.rules.Facts.request;
import static org.kofu.core.rules.Residents.active;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.koseki.FuhyoRestrictionRow;
import org.kofu.core.legacy.madoguchi.RestrictionRow;
import org.kofu.core.legacy.madoguchi.SealRow;

/** Which restriction refuses which certificate: 支援措置 in either system, and the others. */
class RestrictionRulesTests {

  private static final PersonRef SPOUSE = new PersonRef.Resident(2);
  private static final PersonRef ELSEWHERE = new PersonRef.RegisterMember(7, 2);
  private static final CertificateOptions HOUSEHOLD =
      new CertificateOptions(Scope.HOUSEHOLD, true, false, false, null);
  private static final CertificateOptions ALL =
      new CertificateOptions(Scope.ALL, false, false, false, null);

  private final IssuanceRules rules = new IssuanceRules(IssuancePolicy.defaults());

  private static RestrictionRow kofu(String certType, String reason) {
    return new RestrictionRow(1, 2, certType, reason, TODAY.minusDays(30), null, 1);
  }

  private static FuhyoRestrictionRow fuhyo(String reason, LocalDate from, LocalDate to) {
    return new FuhyoRestrictionRow(1, 7, 2, reason, from, to, 1);
  }

  private static FuhyoRestrictionRow fuhyo(String reason) {
    return fuhyo(reason, TODAY.minusDays(30), null);
  }

  /** Every record each type needs, so that only restrictions decide. */
  private static Facts everything(CertificateType type) {
    return request(type, active(1))
        .seal(new SealRow(1, 1, LocalDate.of(2010, 1, 1), "ACTIVE", new byte[0], 1))
        .withRegister()
        .taxYears(TaxYearWindow.fiscalYear(TODAY));
  }

  private boolean issuable(Facts facts) {
    return rules.evaluate(facts.build()).issuable();
  }

  private RefusalCause cause(Facts facts) {
    return ((IssuanceDecision.Refused) rules.evaluate(facts.build())).cause();
  }

  @ParameterizedTest
  @EnumSource(CertificateType.class)
  void supportMeasuresInEitherSystemRefuseEveryCertificateOfTheProtectedPersonThemself(
      CertificateType type) {
    assertThat(issuable(everything(type))).as("without a restriction").isTrue();
    assertThat(cause(everything(type).restrictions(kofu("INKAN", "DV_SUPPORT"))))
        .as("a DV_SUPPORT row protects the address whatever type it names")
        .isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
    assertThat(cause(everything(type).fuhyo(fuhyo("DV_SUPPORT"))))
        .isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
  }

  @ParameterizedTest
  @EnumSource(
      value = CertificateType.class,
      names = {"JUMINHYO", "JUMINHYO_KISAI"})
  void aHouseholdJuminhyoWithAProtectedMemberIsRefusedAndNeverIssuedWithoutThem(
      CertificateType type) {
    Facts protectedHere =
        everything(type)
            .options(HOUSEHOLD)
            .alsoShown(SPOUSE, List.of(kofu(null, "DV_SUPPORT")), List.of());
    Facts protectedByTheRegister =
        everything(type)
            .options(HOUSEHOLD)
            .alsoShown(SPOUSE, List.of(), List.of(fuhyo("DV_SUPPORT")));
    assertThat(cause(protectedHere)).isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
    assertThat(cause(protectedByTheRegister)).isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
  }

  @Test
  void aFuhyoOfTheWholeRegisterWithAProtectedMemberLivingElsewhereIsRefused() {
    Facts all =
        everything(CertificateType.KOSEKI_FUHYO)
            .options(ALL)
            .alsoShown(ELSEWHERE, List.of(), List.of(fuhyo("DV_SUPPORT")));
    assertThat(cause(all)).isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
  }

  @Test
  void otherReasonsOfAnotherPersonDoNotReachTheRequestersCertificate() {
    Facts household =
        everything(CertificateType.JUMINHYO)
            .options(HOUSEHOLD)
            .alsoShown(
                SPOUSE, List.of(kofu(null, "CARD_LOST"), kofu(null, "SELF_REQUEST")), List.of());
    assertThat(issuable(household)).isTrue();
  }

  @Test
  void aFuhyoRestrictionOfAnotherReasonRefusesEvery附票ThatPrintsTheEntryAndNothingElse() {
    assertThat(cause(everything(CertificateType.KOSEKI_FUHYO).fuhyo(fuhyo("SELF_REQUEST"))))
        .isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
    assertThat(
            cause(
                everything(CertificateType.KOSEKI_FUHYO)
                    .options(ALL)
                    .alsoShown(ELSEWHERE, List.of(), List.of(fuhyo("OTHER")))))
        .isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
    assertThat(issuable(everything(CertificateType.JUMINHYO).fuhyo(fuhyo("SELF_REQUEST"))))
        .isTrue();
    assertThat(issuable(everything(CertificateType.KOSEKI_ZENBU).fuhyo(fuhyo("OTHER")))).isTrue();
  }

  @Test
  void anIssuanceRestrictionOfAnotherReasonRefusesOnlyTheTypeItNames() {
    assertThat(cause(everything(CertificateType.INKAN).restrictions(kofu("INKAN", "CARD_LOST"))))
        .isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
    assertThat(
            issuable(everything(CertificateType.JUMINHYO).restrictions(kofu("INKAN", "CARD_LOST"))))
        .isTrue();
  }

  @Test
  void aRestrictionOfOneTaxCertificateRefusesEveryTaxCertificateAndNothingElse() {
    for (String named : List.of("SHOTOKU_KAZEI", "SHOTOKU", "KAZEI")) {
      for (CertificateType type :
          List.of(CertificateType.SHOTOKU_KAZEI, CertificateType.SHOTOKU, CertificateType.KAZEI)) {
        assertThat(cause(everything(type).restrictions(kofu(named, "SELF_REQUEST"))))
            .as("%s restricted, %s asked", named, type)
            .isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
      }
      assertThat(
              issuable(everything(CertificateType.INKAN).restrictions(kofu(named, "SELF_REQUEST"))))
          .isTrue();
    }
  }

  @Test
  void restrictionsOutsideTheirDaysDoNotApplyAndTheBoundaryDaysDo() {
    FuhyoRestrictionRow ended = fuhyo("DV_SUPPORT", TODAY.minusYears(1), TODAY.minusDays(1));
    FuhyoRestrictionRow future = fuhyo("DV_SUPPORT", TODAY.plusDays(1), null);
    FuhyoRestrictionRow endsToday = fuhyo("DV_SUPPORT", TODAY.minusYears(1), TODAY);
    FuhyoRestrictionRow startsToday = fuhyo("DV_SUPPORT", TODAY, null);
    RestrictionRow endedHere =
        new RestrictionRow(2, 2, null, "DV_SUPPORT", TODAY.minusYears(1), TODAY.minusDays(1), 1);
    RestrictionRow futureHere =
        new RestrictionRow(3, 2, null, "DV_SUPPORT", TODAY.plusDays(1), null, 1);
    Facts household =
        everything(CertificateType.JUMINHYO)
            .options(HOUSEHOLD)
            .alsoShown(SPOUSE, List.of(endedHere, futureHere), List.of(ended, future));
    assertThat(issuable(household)).isTrue();
    assertThat(cause(everything(CertificateType.INKAN).fuhyo(endsToday)))
        .isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
    assertThat(cause(everything(CertificateType.INKAN).fuhyo(startsToday)))
        .isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
  }

  @Test
  void aRegistrantIsRefusedByTheirFuhyoRestriction() {
    Facts registrant =
        Facts.registrant(ELSEWHERE, CertificateType.KOSEKI_ZENBU)
            .withRegister()
            .fuhyo(fuhyo("DV_SUPPORT"));
    assertThat(cause(registrant)).isEqualTo(RefusalCause.ISSUANCE_RESTRICTED);
  }
}
