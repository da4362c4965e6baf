package org.kofu.batch.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;
import org.kofu.core.rules.IssuancePolicy;
import org.kofu.core.rules.IssuanceRules;

/** The batch pre-generates each 住民票 in the city's form, the one a request naming none gets. */
class ResidentFormVariantTests {

  private static final PersonRef PERSON = new PersonRef.Resident(7);
  private static final Variant HOUSEHOLD =
      new Variant(CertificateType.JUMINHYO, Scope.HOUSEHOLD, true);

  private static EligibilityPlanner planner(ResidentForm form) {
    return new EligibilityPlanner(
        null, null, new IssuanceRules(IssuancePolicy.defaults()), List.of(HOUSEHOLD), form);
  }

  @Test
  void aVariantIsMadeInTheCitysForm() {
    assertThat(planner(ResidentForm.KOJIN).subject(HOUSEHOLD, PERSON).options().form())
        .isEqualTo(ResidentForm.KOJIN);
    assertThat(planner(ResidentForm.RENKI).subject(HOUSEHOLD, PERSON).key())
        .endsWith(";form=RENKI");
    assertThat(planner(ResidentForm.KOJIN).subject(HOUSEHOLD, PERSON))
        .isNotEqualTo(planner(ResidentForm.RENKI).subject(HOUSEHOLD, PERSON));
  }

  @Test
  void withoutAFormAVariantIs世帯連記式AndOtherTypesHaveNone() {
    assertThat(HOUSEHOLD.subject(PERSON))
        .isEqualTo(planner(ResidentForm.RENKI).subject(HOUSEHOLD, PERSON));
    Variant seal = new Variant(CertificateType.INKAN, null, false);
    assertThat(planner(ResidentForm.KOJIN).subject(seal, PERSON).options().form()).isNull();
  }
}
