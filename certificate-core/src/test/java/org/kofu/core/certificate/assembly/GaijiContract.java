package org.kofu.core.certificate.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.legacy.LegacyDatabase;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.MjFont;
import org.kofu.core.render.font.UndrawableCharacterException;

/**
 * 外字 through each system's gaiji table: to {@code ucs} where there is one, else to the glyph its
 * MJ文字図形名 names; the rows' versions among the content's sources, so a changed mapping makes a body
 * made before it stale; a 外字 without a row is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GaijiContract {

  static final PersonRef HANAKO = new PersonRef.Resident(102);
  static final PersonRef TARO = new PersonRef.Resident(103);
  static final String WITH_UCS = "\uE001"; // mapped to 伂 (U+4F02)
  static final String MJ_ONLY = "\uE002"; // MJ003719: no Unicode at all
  static final String UNMAPPED = "\uE003";

  LegacyDatabase db;
  MadoguchiReader madoguchi;
  CertificateContentAssembler assembler;

  abstract LegacyDatabase open() throws Exception;

  @BeforeAll
  void setUp() throws Exception {
    db = open();
    madoguchi = new MadoguchiReader(db.dataSource());
    assembler = new CertificateContentAssembler(madoguchi, new KosekiReader(db.dataSource()));
    for (String schema : new String[] {"madoguchi", "koseki"}) {
      db.jdbc()
          .update(
              "INSERT INTO " + schema + ".gaiji (pua, mj_code, ucs) VALUES (?, 'MJ006561', ?)",
              WITH_UCS,
              "\u4F02");
      db.jdbc()
          .update(
              "INSERT INTO " + schema + ".gaiji (pua, mj_code, ucs) VALUES (?, 'MJ003719', NULL)",
              MJ_ONLY);
    }
    db.jdbc()
        .update(
            "UPDATE madoguchi.jumin SET shimei = ? WHERE atena_no = 102",
            "山田　" + WITH_UCS + MJ_ONLY + "子");
    db.jdbc()
        .update(
            "UPDATE koseki.koseki SET honseki = ? WHERE koseki_id = 10",
            "北海道函館市" + WITH_UCS + "町1番地");
  }

  @AfterAll
  void tearDown() throws Exception {
    db.close();
  }

  CertificateContent assemble(PersonRef person, CertificateType type) {
    return assembler.assemble(new CertificateSubject(person, type, null));
  }

  @Test
  void aGaijiPrintsAsItsUnicodeOrAsTheGlyphItsMjCodeNames() {
    var c = (CertificateContent.Residents) assemble(HANAKO, CertificateType.JUMINHYO);

    int glyph = MjFont.shared().glyphOfMj(3719);
    assertThat(c.persons().get(0).shimei())
        .isEqualTo("山田　\u4F02" + Character.toString(FontCatalog.MJ_GLYPH + glyph) + "子");
    assertThat(c.sources().versions())
        .contains(Map.entry("madoguchi.gaiji:57345", 1L), Map.entry("madoguchi.gaiji:57346", 1L));
  }

  @Test
  void aRegisterUsesTheKosekiSystemsOwnTable() {
    var c = (CertificateContent.Register) assemble(TARO, CertificateType.KOSEKI_ZENBU);

    assertThat(c.register().honseki()).isEqualTo("北海道函館市\u4F02町1番地");
    assertThat(c.sources().versions()).containsKey("koseki.gaiji:57345");
    assertThat(c.sources().versions()).doesNotContainKey("madoguchi.gaiji:57345");
  }

  @Test
  void aChangedMappingMakesWhatWasMadeBeforeItStale() {
    PersonRef jiro = new PersonRef.Resident(105);
    db.jdbc()
        .update(
            "INSERT INTO madoguchi.gaiji (pua, mj_code, ucs) VALUES ('\uE004', 'MJ006561', '\u4F02')");
    db.jdbc().update("UPDATE madoguchi.jumin SET shimei = '山田　\uE004' WHERE atena_no = 105");
    var before = assemble(jiro, CertificateType.JUMINHYO).sources();
    assertThat(before.matches(madoguchi.currentVersions(before.versions().keySet()))).isTrue();

    db.jdbc().update("UPDATE madoguchi.gaiji SET ucs = '\u5002' WHERE pua = '\uE004'");

    assertThat(before.matches(madoguchi.currentVersions(before.versions().keySet()))).isFalse();
    var after = (CertificateContent.Residents) assemble(jiro, CertificateType.JUMINHYO);
    assertThat(after.sources().versions()).containsEntry("madoguchi.gaiji:57348", 2L);
    assertThat(after.persons().get(0).shimei()).startsWith("山田　\u5002");
    assertThat(after.sources()).isNotEqualTo(before);
  }

  @Test
  void aGaijiWithoutARowIsRefusedNamingTheRecordFieldAndCodePointNotTheText() {
    db.jdbc()
        .update("UPDATE madoguchi.jumin SET address = ? WHERE atena_no = 101", "函館市" + UNMAPPED);

    UndrawableCharacterException e =
        catchThrowableOfType(
            UndrawableCharacterException.class,
            () -> assemble(new PersonRef.Resident(101), CertificateType.JUMINHYO));

    assertThat(e.codePoints()).isEqualTo("U+E003");
    // the record and field, as a character outside IPAmj is named (and the coverage scan records)
    assertThat(e.source()).isEqualTo("madoguchi.jumin:101 address");
    assertThat(e.getMessage()).doesNotContain("函館市");
  }

  @Test
  void aRegistersGaijiWithoutARowIsRefusedNamingItsMemberRecordAndField() {
    // mapped in neither table; 健一 (20/1) lives elsewhere: his 個人事項 prints his father's name
    db.jdbc()
        .update(
            "UPDATE koseki.kojin SET father = ? WHERE koseki_id = 20 AND kojin_no = 1",
            "外字" + UNMAPPED + "男");

    UndrawableCharacterException e =
        catchThrowableOfType(
            UndrawableCharacterException.class,
            () -> assemble(new PersonRef.RegisterMember(20, 1), CertificateType.KOSEKI_KOJIN));

    assertThat(e.codePoints()).isEqualTo("U+E003");
    assertThat(e.source()).isEqualTo("koseki.kojin:20/1 father");
    assertThat(e.getMessage()).doesNotContain("外字", "男");
  }
}
