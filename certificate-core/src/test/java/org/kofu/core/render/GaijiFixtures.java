package org.kofu.core.render;

import java.time.LocalDate;
import java.util.List;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.koseki.RegisterMemberRow;
import org.kofu.core.legacy.koseki.RegisterRow;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.core.render.font.FontCatalog;
import org.kofu.core.render.font.MjFont;
import org.kofu.demodata.generate.MjCharacters;

/**
 * A 住民票 and a 戸籍 full of the demo data's MJ characters beyond JIS X 0213 (Ext. A, the URO, Ext.
 * B–F, Moji_Joho sequences, glyphs with no Unicode), as the assembler gives them once the gaiji
 * rows are applied: Unicode where there is one, else {@link FontCatalog#MJ_GLYPH} + glyph id.
 */
final class GaijiFixtures {

  private GaijiFixtures() {}

  /** Entry {@code i} of the demo list as the assembler gives it. */
  static String mj(int i) {
    MjCharacters.MjCharacter c = MjCharacters.all().get(i);
    if (c.unicode() != null) {
      return c.unicode();
    }
    int glyph = MjFont.shared().glyphOfMj(Integer.parseInt(c.mjCode().substring(2)));
    return Character.toString(FontCatalog.MJ_GLYPH + glyph);
  }

  /** Entries {@code from}, {@code from + step}, … ({@code count} of them), joined. */
  static String mj(int from, int step, int count) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < count; k++) {
      s.append(mj((from + k * step) % MjCharacters.all().size()));
    }
    return s.toString();
  }

  static final String SURNAME = mj(3) + mj(150);
  static final String ADDRESS = "北海道函館市" + mj(75) + mj(215) + "町" + mj(262) + "12番3号";
  static final String HONSEKI = "北海道函館市" + mj(145) + mj(230) + mj(283) + "1番地";

  static List<ResidentRow> household() {
    return List.of(
        person(101, SURNAME + "　" + mj(10) + mj(270), "世帯主"),
        person(102, SURNAME + "　" + mj(90) + mj(240) + mj(285), "妻"),
        person(103, SURNAME + "　" + mj(170) + mj(250) + mj(275), "子"));
  }

  private static ResidentRow person(long atenaNo, String name, String zokugara) {
    return Fixtures.resident(atenaNo, name, "ガイジ", zokugara, ADDRESS, HONSEKI);
  }

  static CertificateContent.Residents juminhyo() {
    List<ResidentRow> persons = household();
    return new CertificateContent.Residents(
        Fixtures.subject(
            persons.get(1),
            CertificateType.JUMINHYO,
            Fixtures.juminhyo(Scope.HOUSEHOLD, true, true, false)),
        persons,
        persons.get(0),
        Fixtures.versions(persons));
  }

  static CertificateContent.Register koseki() {
    CertificateContent.Register plain = Fixtures.register(CertificateType.KOSEKI_ZENBU, 0);
    RegisterRow r = plain.register();
    RegisterRow register =
        new RegisterRow(
            r.kosekiId(), HONSEKI, SURNAME + "　" + mj(20, 7, 2), r.henseiDate(), r.status(), 4);
    List<RegisterMemberRow> members =
        List.of(
            member(1, 301L, mj(20, 7, 2), LocalDate.of(1950, 2, 3), "1", "長男", false),
            member(2, 302L, mj(100, 11, 3), LocalDate.of(1952, 7, 8), "2", "長女", false),
            member(3, null, mj(180, 13, 2) + mj(287), LocalDate.of(1978, 12, 1), "1", "二男", true));
    return new CertificateContent.Register(
        plain.subject(),
        register,
        members,
        plain.registerEntries(),
        plain.personEntries(),
        plain.sources());
  }

  private static RegisterMemberRow member(
      int no, Long atenaNo, String given, LocalDate birth, String sex, String rel, boolean out) {
    return new RegisterMemberRow(
        500,
        no,
        atenaNo,
        given,
        birth,
        sex,
        mj(40 + no) + mj(160 + no) + "　" + mj(60 + no),
        mj(40 + no) + mj(160 + no) + "　" + mj(200 + no) + mj(265 + no),
        rel,
        out,
        1);
  }
}
