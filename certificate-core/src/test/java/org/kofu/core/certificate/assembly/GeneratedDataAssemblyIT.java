package org.kofu.core.certificate.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.PostgresLoader;
import org.kofu.testsupport.ScratchPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every certificate of every generated person assembles, or says which record is missing. */
class GeneratedDataAssemblyIT {

  private static final List<CertificateOptions> OPTIONS =
      List.of(
          new CertificateOptions(Scope.SELF, true, true, false, null),
          new CertificateOptions(Scope.HOUSEHOLD, true, true, false, null),
          new CertificateOptions(Scope.ALL, false, false, false, null));

  private static ScratchPostgres postgres;
  private static MadoguchiReader madoguchi;
  private static KosekiReader koseki;
  private static List<PersonRef> people;

  @BeforeAll
  static void load() throws Exception {
    postgres = ScratchPostgres.create();
    var settings = new GeneratorSettings(250, 11L, LocalDate.of(2026, 11, 25));
    new PostgresLoader().load(postgres.dataSource(), new DemoDataGenerator(settings), false);
    madoguchi = new MadoguchiReader(postgres.dataSource());
    koseki = new KosekiReader(postgres.dataSource());
    JdbcTemplate jdbc = new JdbcTemplate(postgres.dataSource());
    people = new ArrayList<>();
    jdbc.queryForList("SELECT atena_no FROM madoguchi.jumin ORDER BY atena_no", Long.class)
        .forEach(a -> people.add(new PersonRef.Resident(a)));
    jdbc.query(
        "SELECT koseki_id, kojin_no FROM koseki.kojin WHERE atena_no IS NULL ORDER BY koseki_id, kojin_no",
        rs -> {
          people.add(new PersonRef.RegisterMember(rs.getLong(1), rs.getInt(2)));
        });
  }

  @AfterAll
  static void drop() throws Exception {
    postgres.close();
  }

  @Test
  void everyTypeAssemblesForSomeoneAndFailsOnlyForAMissingRecord() {
    // given
    var assembler = new CertificateContentAssembler(madoguchi, koseki);
    Map<CertificateType, Integer> assembled = new EnumMap<>(CertificateType.class);
    Map<MissingRecordException.Missing, Integer> missing =
        new EnumMap<>(MissingRecordException.Missing.class);

    // when
    for (PersonRef person : people) {
      for (CertificateType type : CertificateType.values()) {
        for (CertificateOptions options : applicable(type)) {
          try {
            CertificateContent c =
                assembler.assemble(new CertificateSubject(person, type, options));
            assertThat(c.sources().matches(current(c))).as(c.subject().key()).isTrue();
            assembled.merge(type, 1, Integer::sum);
          } catch (MissingRecordException e) {
            missing.merge(e.missing(), 1, Integer::sum);
          }
        }
      }
    }

    // then
    assertThat(assembled).containsOnlyKeys(CertificateType.values());
    assertThat(assembled.get(CertificateType.JUMINHYO)).isEqualTo(2 * 250);
    assertThat(missing)
        .containsKeys(MissingRecordException.Missing.SEAL, MissingRecordException.Missing.REGISTER);
  }

  private static List<CertificateOptions> applicable(CertificateType type) {
    return OPTIONS.stream()
        .filter(
            o -> {
              try {
                o.normalizedFor(type);
                return true;
              } catch (IllegalArgumentException e) {
                return false;
              }
            })
        .map(o -> o.normalizedFor(type))
        .distinct()
        .toList();
  }

  private static Map<String, Long> current(CertificateContent c) {
    var ids = c.sources().versions().keySet();
    Map<String, Long> now = new HashMap<>(madoguchi.currentVersions(ids));
    now.putAll(koseki.currentVersions(ids));
    return now;
  }
}
