package org.kofu.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.legacy.madoguchi.ResidentRow;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.kofu.wareki.Wareki;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Certificates rendered from generated records, checked against the rows they were read from. */
class GeneratedCertificatesTests {

  private static final int PEOPLE = 40;

  private static CertificateContentAssembler assembler;
  private static List<Long> activeResidents;
  private static MadoguchiReader madoguchi;

  @BeforeAll
  static void loadGeneratedData() throws Exception {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    DataSource db = new DriverManagerDataSource(url, "sa", "");
    GeneratorSettings settings =
        GeneratorSettings.defaults().withResidents(400).withToday(Fixtures.DAY);
    DemoDataLoader.of(db).load(db, new DemoDataGenerator(settings), false);
    // the 個人番号 read (a city that enabled it), so that a certificate printing it unasked is caught
    madoguchi = new MadoguchiReader(db, true);
    assembler = new CertificateContentAssembler(madoguchi, new KosekiReader(db));
    activeResidents =
        JdbcClient.create(db)
            .sql(
                "SELECT j.atena_no FROM madoguchi.jumin j WHERE j.status = 'ACTIVE'"
                    + " AND (SELECT COUNT(*) FROM madoguchi.jumin m WHERE m.setai_no = j.setai_no)"
                    + " > 1 ORDER BY j.atena_no")
            .query(Long.class)
            .list()
            .subList(0, PEOPLE);
  }

  @Test
  void selfJuminhyoShowsTheRequesterAndNoOtherMemberButTheHouseholder() {
    for (long atenaNo : activeResidents) {
      CertificateContent.Residents content =
          (CertificateContent.Residents) assembler.assemble(subject(atenaNo, Scope.SELF));
      String text = Rendering.text(Rendering.issued(content));
      ResidentRow requester = content.persons().get(0);

      assertThat(text)
          .contains(
              name(requester),
              Rendering.normalize(requester.address()),
              Wareki.format(requester.birthDate()),
              Rendering.NUMBER,
              Wareki.format(Fixtures.DAY));
      for (ResidentRow other : madoguchi.householdMembers(requester.setaiNo())) {
        boolean shown =
            other.atenaNo() == requester.atenaNo()
                || other.atenaNo() == content.householder().atenaNo();
        if (!shown && !name(other).equals(name(requester))) {
          assertThat(text).doesNotContain(name(other));
        }
      }
      if (requester.kojinBango() != null) {
        assertThat(text).doesNotContain(requester.kojinBango());
      }
    }
  }

  @Test
  void householdJuminhyoShowsEveryActiveMemberAndNobodyWhoLeft() {
    for (long atenaNo : activeResidents) {
      CertificateContent.Residents content =
          (CertificateContent.Residents) assembler.assemble(subject(atenaNo, Scope.HOUSEHOLD));
      String text = Rendering.text(Rendering.issued(content));
      List<ResidentRow> members = madoguchi.householdMembers(content.persons().get(0).setaiNo());

      for (ResidentRow m : members) {
        if (m.isActive()) {
          assertThat(text).contains(name(m), Wareki.format(m.birthDate()));
        } else if (members.stream()
            .filter(ResidentRow::isActive)
            .noneMatch(a -> name(a).equals(name(m)))) {
          assertThat(text).doesNotContain(name(m));
        }
      }
    }
  }

  private static CertificateSubject subject(long atenaNo, Scope scope) {
    return new CertificateSubject(
        new PersonRef.Resident(atenaNo),
        CertificateType.JUMINHYO,
        new CertificateOptions(scope, true, false, false, null));
  }

  private static String name(ResidentRow row) {
    return Rendering.normalize(row.shimei());
  }
}
