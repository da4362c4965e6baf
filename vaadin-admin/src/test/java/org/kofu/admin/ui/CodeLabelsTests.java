package org.kofu.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodeLabelsTests {

  private final AdminI18nProvider messages = new AdminI18nProvider();
  private final CodeLabels japanese =
      new CodeLabels(key -> messages.getTranslation(key, Locale.JAPANESE));
  private final CodeLabels english =
      new CodeLabels(key -> messages.getTranslation(key, Locale.ENGLISH));

  @Test
  void typesDecisionsAndSourcesReadAsClerksSayThem() {
    assertThat(japanese.type("JUMINHYO")).isEqualTo("住民票の写し");
    assertThat(japanese.decision("ISSUED")).isEqualTo("交付");
    assertThat(japanese.decision("REFUSED")).isEqualTo("拒否");
    assertThat(japanese.source("CACHE")).isEqualTo("事前生成");
    assertThat(japanese.source("ON_DEMAND")).isEqualTo("都度生成");
    assertThat(english.type("JUMINHYO")).isEqualTo("Certificate of residence");
    assertThat(english.decision("ISSUED")).isEqualTo("Issued");
    assertThat(english.source("CACHE")).isEqualTo("Pre-generated");
    // an existing system's certificate (issue 25), cached here or fetched on demand
    assertThat(japanese.source("ES_CACHE")).isEqualTo("既存システム作成・事前取得");
    assertThat(english.source("ES_DEMAND")).isEqualTo("Existing system, on demand");
  }

  @Test
  void aRefusalReadsWithItsCause() {
    assertThat(japanese.reason("NOT_ISSUABLE/ISSUANCE_RESTRICTED")).isEqualTo("交付不可（交付制限）");
    assertThat(english.reason("NOT_ISSUABLE/UNPRINTABLE_CHARACTER"))
        .isEqualTo("Not issuable（Unprintable character）");
    assertThat(japanese.reason("OUT_OF_SERVICE_HOURS")).isEqualTo("サービス時間外");
  }

  @Test
  void aResultReadsWithThePagesPrinted() {
    assertThat(japanese.reason("PRINTED/2")).isEqualTo("印刷済み（2 枚）");
    assertThat(english.reason("PRINT_FAILED/0")).isEqualTo("Print failed（0 pages）");
  }

  @Test
  void aCodeWithoutALabelIsShownAsItIs() {
    assertThat(japanese.decision("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
    assertThat(japanese.reason("registration 12")).isEqualTo("registration 12");
    assertThat(japanese.reason(null)).isEmpty();
    assertThat(japanese.decision(null)).isEqualTo("（なし）");
  }

  @Test
  void everyCertificateTypeAndCauseOfTheContractHasALabelInBothLanguages() {
    for (String type :
        java.util.Arrays.stream(org.kofu.core.certificate.CertificateType.values())
            .map(Enum::name)
            .toList()) {
      assertThat(japanese.type(type)).isNotEqualTo(type);
      assertThat(english.type(type)).isNotEqualTo(type);
    }
    for (String cause :
        java.util.List.of(
            "ISSUANCE_RESTRICTED",
            "NOT_RESIDENT",
            "NO_SEAL_REGISTRATION",
            "NO_FAMILY_REGISTER",
            "NO_TAX_RECORD",
            "UNDER_AGE",
            "MOVING_OUT",
            "OPTION_DISABLED",
            "UNPRINTABLE_CHARACTER")) {
      assertThat(japanese.reason(cause)).isNotEqualTo(cause);
      assertThat(english.reason(cause)).isNotEqualTo(cause);
    }
  }
}
