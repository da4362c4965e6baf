package org.kofu.bench.render;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.kofu.demodata.generate.SpecialCharacterNames;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's certificates: for each of the first N active residents, the next type of a round
 * robin over all seven types and their main options; where the person lacks the record a type needs
 * (no seal, no 戸籍 here, no tax row), a 住民票 instead. A person whose texts need IPAmj明朝 glyphs gets
 * the next type too while fewer than 12 % of the mix have them (the benchmark's rule is at least a
 * tenth); a certificate nothing can print (the relay's 422) is left out.
 */
final class SubjectMix {

  private static final List<Variant> ROUND =
      List.of(
          new Variant(
              CertificateType.JUMINHYO,
              new CertificateOptions(Scope.SELF, true, false, false, null)),
          new Variant(CertificateType.INKAN, null),
          new Variant(
              CertificateType.JUMINHYO,
              new CertificateOptions(Scope.HOUSEHOLD, true, true, false, null)),
          new Variant(CertificateType.SHOTOKU_KAZEI, null),
          new Variant(CertificateType.KOSEKI_ZENBU, null),
          new Variant(
              CertificateType.JUMINHYO_KISAI,
              new CertificateOptions(Scope.SELF, false, true, false, null)),
          new Variant(CertificateType.KOSEKI_KOJIN, null),
          new Variant(
              CertificateType.KOSEKI_FUHYO,
              new CertificateOptions(Scope.ALL, false, false, false, null)));

  private record Variant(CertificateType type, CertificateOptions options) {}

  private SubjectMix() {}

  static List<CertificateContent> contents(
      DataSource madoguchi, CertificateContentAssembler assembler, int residents) {
    List<Long> atenaNos =
        JdbcClient.create(madoguchi)
            .sql("SELECT atena_no FROM madoguchi.jumin WHERE status = 'ACTIVE' ORDER BY atena_no")
            .query(Long.class)
            .list();
    List<CertificateContent> contents = new ArrayList<>(residents);
    int mj = 0;
    int round = 0;
    for (int i = 0; i < atenaNos.size() && contents.size() < residents; i++) {
      PersonRef person = new PersonRef.Resident(atenaNos.get(i));
      // a person with MJ characters gets the next type too while fewer than 12 % have them
      int variants = 1;
      for (int k = 0; k < variants && contents.size() < residents; k++) {
        Variant v = ROUND.get(round++ % ROUND.size());
        CertificateContent c =
            assemble(assembler, new CertificateSubject(person, v.type(), v.options()));
        MjShare.Kind kind = c == null ? MjShare.Kind.UNPRINTABLE : MjShare.of(c);
        if (kind == MjShare.Kind.UNPRINTABLE) {
          continue; // the relay answers 422 UNPRINTABLE_CHARACTER: nothing to render
        }
        contents.add(c);
        if (kind == MjShare.Kind.MJ) {
          mj++;
          variants = mj * 100 < contents.size() * 12 ? 2 : 1;
        }
      }
    }
    return contents;
  }

  /** How many of each type the mix holds, and how many names need the MJ supplement. */
  static String describe(List<CertificateContent> contents) {
    java.util.Map<CertificateType, Long> byType =
        contents.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    c -> c.subject().type(),
                    () -> new java.util.EnumMap<>(CertificateType.class),
                    java.util.stream.Collectors.counting()));
    long special =
        contents.stream()
            .filter(
                c ->
                    c instanceof CertificateContent.Residents r
                        && r.persons().stream()
                            .anyMatch(
                                p ->
                                    SpecialCharacterNames.ALL.stream()
                                        .anyMatch(n -> p.shimei().startsWith(n))))
            .count();
    long mj = contents.stream().filter(c -> MjShare.of(c) == MjShare.Kind.MJ).count();
    return byType
        + ", 住民票 with names outside JIS X 0208: "
        + special
        + ", with MJ characters beyond the Mincho fonts: %d (%.1f %%)"
            .formatted(mj, 100.0 * mj / Math.max(1, contents.size()));
  }

  private static CertificateContent assemble(
      CertificateContentAssembler assembler, CertificateSubject subject) {
    try {
      try {
        return assembler.assemble(subject);
      } catch (MissingRecordException e) {
        return assembler.assemble(
            new CertificateSubject(subject.person(), CertificateType.JUMINHYO, null));
      }
    } catch (UndrawableCharacterException e) {
      return null; // a 外字 without a gaiji row
    }
  }
}
