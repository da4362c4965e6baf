package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.render.font.UndrawableCharacterException;

class UndrawableCharacterTests {

  @Test
  void renderingRefusesANameTheFontsCannotDrawAndNamesTheRow() {
    ResidentRow r = Fixtures.resident(555, "山田\uD880\uDC00子", "ヤマダ", "世帯主");
    UndrawableCharacterException e = refusal(r, Fixtures.juminhyo(Scope.SELF, false, false, false));

    assertThat(e.source()).isEqualTo("madoguchi.jumin:555 shimei");
    assertThat(e.codePoints()).isEqualTo("U+30000");
    assertThat(e.getMessage()).doesNotContain("山田");
  }

  /**
   * The 住所 prints with its 方書 in one line, but a refusal names the column that holds the character,
   * as the coverage scan records it, in both forms of the 住民票.
   */
  @Test
  void aCharacterInTheKatagakiIsNamedByItsOwnColumnNotTheAddress() {
    ResidentRow base = Fixtures.resident(556, "山田　花子", "ヤマダ", "世帯主");
    ResidentRow r = FormFixtures.withKatagaki(base, "コーポ\uD880\uDC00");
    for (ResidentForm form : ResidentForm.values()) {
      UndrawableCharacterException e =
          refusal(r, new CertificateOptions(Scope.SELF, false, false, false, null, form));

      assertThat(e.source()).as("%s", form).isEqualTo("madoguchi.jumin:556 katagaki");
      assertThat(e.codePoints()).isEqualTo("U+30000");
    }
  }

  /** What rendering the 住民票 of {@code r} alone with {@code options} throws. */
  private static UndrawableCharacterException refusal(ResidentRow r, CertificateOptions options) {
    var content =
        new CertificateContent.Residents(
            Fixtures.subject(r, CertificateType.JUMINHYO, options),
            List.of(r),
            r,
            Fixtures.versions(List.of(r)));
    return catchThrowableOfType(
        UndrawableCharacterException.class, () -> Rendering.DEFAULT.render(content));
  }
}
