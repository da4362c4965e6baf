package org.kofu.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kofu.core.rules.Facts.request;
import static org.kofu.core.rules.Residents.active;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;

/** The 住民票 form a request names is served where the city lets kiosks choose it. */
class ResidentFormRulesTests {

  private static final Set<CertificateType> ALL = Set.of(CertificateType.values());

  private static IssuanceDecision decide(IssuancePolicy policy, ResidentForm form) {
    Facts facts =
        request(CertificateType.JUMINHYO_KISAI, active(1))
            .options(new CertificateOptions(Scope.SELF, true, false, false, null, form));
    return new IssuanceRules(policy).evaluate(facts.build());
  }

  @Test
  void aCityWithoutChoiceServesItsDefaultFormAndRefusesTheOther() {
    IssuancePolicy renkiOnly = new IssuancePolicy(15, false, ALL, ResidentForm.RENKI, false);
    assertThat(decide(renkiOnly, null)).isEqualTo(IssuanceDecision.ISSUABLE);
    assertThat(decide(renkiOnly, ResidentForm.RENKI)).isEqualTo(IssuanceDecision.ISSUABLE);
    assertThat(decide(renkiOnly, ResidentForm.KOJIN))
        .isEqualTo(IssuanceDecision.refuse(RefusalCause.OPTION_DISABLED));

    IssuancePolicy kojinOnly = new IssuancePolicy(15, false, ALL, ResidentForm.KOJIN, false);
    assertThat(decide(kojinOnly, ResidentForm.KOJIN)).isEqualTo(IssuanceDecision.ISSUABLE);
    assertThat(decide(kojinOnly, ResidentForm.RENKI))
        .isEqualTo(IssuanceDecision.refuse(RefusalCause.OPTION_DISABLED));
  }

  @Test
  void aCityThatLetsKiosksChooseServesBothForms() {
    IssuancePolicy choice = new IssuancePolicy(15, false, ALL, ResidentForm.RENKI, true);
    assertThat(decide(choice, ResidentForm.RENKI)).isEqualTo(IssuanceDecision.ISSUABLE);
    assertThat(decide(choice, ResidentForm.KOJIN)).isEqualTo(IssuanceDecision.ISSUABLE);
  }

  @Test
  void theDefaultsAre世帯連記式WithoutChoice() {
    assertThat(IssuancePolicy.defaults().defaultForm()).isEqualTo(ResidentForm.RENKI);
    assertThat(IssuancePolicy.defaults().formChoosable()).isFalse();
  }
}
