package org.kofu.standalone.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.Scope;
import org.kofu.demodata.generate.MjCharacters;
import org.kofu.demodata.generate.SpecialCharacterNames;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses, in the demo data, one person for each sample certificate: every type, the main options,
 * a foreign resident, a name outside JIS X 0208, the longest 戸籍, a family spelled with 外字 and a
 * person whose name nothing can draw. Only people a kiosk would serve are chosen (ACTIVE, 15 or
 * older, no move-out notified, no restriction).
 */
final class SamplePicker {

  private static final String ELIGIBLE =
      """
      FROM madoguchi.jumin j
      WHERE j.status = 'ACTIVE' AND j.tenshutsu_yotei_date IS NULL AND j.birth_date <= :adult
        AND NOT EXISTS (SELECT 1 FROM madoguchi.kofu_seigen s WHERE s.atena_no = j.atena_no)
      """;

  private final JdbcClient madoguchi;
  private final JdbcClient koseki;
  private final java.time.LocalDate adult;

  SamplePicker(DataSource madoguchi, DataSource koseki, java.time.LocalDate today) {
    this.madoguchi = JdbcClient.create(madoguchi);
    this.koseki = JdbcClient.create(koseki);
    this.adult = today.minusYears(15);
  }

  List<Sample> pick() {
    List<Sample> samples = new ArrayList<>();
    first("AND j.kokuseki IS NULL AND j.katagaki IS NOT NULL")
        .ifPresent(p -> samples.add(sample("juminhyo-self", p, CertificateType.JUMINHYO, null)));
    first(
            "AND j.kokuseki IS NULL AND (SELECT COUNT(*) FROM madoguchi.jumin m"
                + " WHERE m.setai_no = j.setai_no AND m.status = 'ACTIVE') >= 3"
                + " AND NOT EXISTS (SELECT 1 FROM madoguchi.jumin m WHERE m.setai_no = j.setai_no"
                + " AND m.tenshutsu_yotei_date IS NOT NULL)")
        .ifPresent(
            p ->
                samples.add(
                    sample(
                        "juminhyo-household-honseki",
                        p,
                        CertificateType.JUMINHYO,
                        new CertificateOptions(Scope.HOUSEHOLD, true, true, false, null))));
    first("AND j.kokuseki IS NULL AND j.kyushi IS NOT NULL")
        .ifPresent(
            p ->
                samples.add(
                    sample(
                        "juminhyo-kisai-honseki",
                        p,
                        CertificateType.JUMINHYO_KISAI,
                        new CertificateOptions(Scope.SELF, false, true, false, null))));
    first("AND j.kokuseki IS NOT NULL")
        .ifPresent(p -> samples.add(sample("juminhyo-foreign", p, CertificateType.JUMINHYO, null)));
    first(
            "AND EXISTS (SELECT 1 FROM madoguchi.inkan i WHERE i.atena_no = j.atena_no"
                + " AND i.status = 'ACTIVE')")
        .ifPresent(p -> samples.add(sample("inkan", p, CertificateType.INKAN, null)));
    first(
            "AND EXISTS (SELECT 1 FROM madoguchi.shotoku_kazei t WHERE t.atena_no = j.atena_no"
                + " AND t.kyuyo_shunyu > 0)")
        .ifPresent(
            p -> {
              samples.add(sample("shotoku-kazei", p, CertificateType.SHOTOKU_KAZEI, null));
              samples.add(sample("shotoku", p, CertificateType.SHOTOKU, null));
            });
    taxSamples(samples);
    for (String surname : List.of(SpecialCharacterNames.YOSHIDA, SpecialCharacterNames.SAITO_IVS)) {
      firstNamed(surname)
          .ifPresent(
              p ->
                  samples.add(
                      sample(
                          "juminhyo-name-" + samples.size(), p, CertificateType.JUMINHYO, null)));
    }
    registerSamples(samples);
    gaijiSamples(samples);
    return samples;
  }

  /** 課税証明書 of someone with tax due, and 非課税証明書 of someone without, both of the latest 年度. */
  private void taxSamples(List<Sample> samples) {
    String latest =
        "AND EXISTS (SELECT 1 FROM madoguchi.shotoku_kazei t WHERE t.atena_no = j.atena_no"
            + " AND t.nendo = (SELECT MAX(m.nendo) FROM madoguchi.shotoku_kazei m)"
            + " AND t.shiminzei + t.dominzei ";
    first(latest + "> 0)")
        .ifPresent(p -> samples.add(sample("kazei", p, CertificateType.KAZEI, null)));
    first(latest + "= 0)")
        .ifPresent(p -> samples.add(sample("hikazei", p, CertificateType.KAZEI, null)));
  }

  /**
   * A household spelled with 外字 (Private Use Area characters its gaiji rows map) in names, address
   * and 本籍, its 戸籍, and a person whose name nothing can draw (the relay answers 422
   * UNPRINTABLE_CHARACTER; the sample is a text saying so).
   */
  private void gaijiSamples(List<Sample> samples) {
    firstWhere(r -> mapped(r.shimei()) && mapped(r.address()) && mapped(r.honseki()))
        .ifPresent(
            p -> {
              samples.add(
                  sample(
                      "juminhyo-gaiji",
                      p,
                      CertificateType.JUMINHYO,
                      new CertificateOptions(Scope.HOUSEHOLD, true, true, false, null)));
              samples.add(sample("koseki-zenbu-gaiji", p, CertificateType.KOSEKI_ZENBU, null));
            });
    firstWhere(
            r ->
                r.shimei().contains(MjCharacters.UNMAPPED_PUA)
                    || r.shimei().contains(MjCharacters.BEYOND_IPAMJ))
        .ifPresent(
            p -> samples.add(sample("juminhyo-unprintable", p, CertificateType.JUMINHYO, null)));
  }

  private record Texts(long atenaNo, String shimei, String address, String honseki) {}

  /** Whether {@code text} holds a 外字 of the demo's gaiji rows. */
  private static boolean mapped(String text) {
    return text != null
        && text.codePoints()
            .anyMatch(
                cp ->
                    cp >= MjCharacters.FIRST_PUA
                        && cp < MjCharacters.FIRST_PUA + MjCharacters.all().size());
  }

  private Optional<Long> firstWhere(java.util.function.Predicate<Texts> test) {
    return madoguchi
        .sql(
            "SELECT j.atena_no, j.shimei, j.address, j.honseki "
                + ELIGIBLE
                + " AND EXISTS (SELECT 1 FROM madoguchi.jumin h WHERE h.setai_no = j.setai_no)"
                + " ORDER BY j.atena_no")
        .param("adult", adult)
        .query(
            (rs, n) -> new Texts(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list()
        .stream()
        .filter(test)
        .map(Texts::atenaNo)
        .findFirst();
  }

  private void registerSamples(List<Sample> samples) {
    Optional<Long> member = largestRegisterMember();
    member.ifPresent(
        p -> {
          samples.add(sample("koseki-zenbu", p, CertificateType.KOSEKI_ZENBU, null));
          samples.add(sample("koseki-kojin", p, CertificateType.KOSEKI_KOJIN, null));
          samples.add(
              sample(
                  "koseki-fuhyo-all",
                  p,
                  CertificateType.KOSEKI_FUHYO,
                  new CertificateOptions(Scope.ALL, false, false, false, null)));
        });
  }

  /** A resident who is a current member of the register with the most entries. */
  private Optional<Long> largestRegisterMember() {
    List<Long> candidates =
        koseki
            .sql(
                "SELECT k.atena_no FROM koseki.kojin k JOIN koseki.koseki r"
                    + " ON r.koseki_id = k.koseki_id WHERE r.status = 'CURRENT'"
                    + " AND k.joseki = FALSE AND k.atena_no IS NOT NULL ORDER BY (SELECT COUNT(*)"
                    + " FROM koseki.jiko e WHERE e.koseki_id = k.koseki_id) DESC, k.atena_no")
            .query(Long.class)
            .list();
    return candidates.stream().filter(this::eligible).findFirst();
  }

  private boolean eligible(long atenaNo) {
    return madoguchi
            .sql("SELECT COUNT(*) " + ELIGIBLE + " AND j.atena_no = :atena")
            .param("adult", adult)
            .param("atena", atenaNo)
            .query(Long.class)
            .single()
        > 0;
  }

  private Optional<Long> first(String condition) {
    return madoguchi
        .sql("SELECT j.atena_no " + ELIGIBLE + condition + " ORDER BY j.atena_no")
        .param("adult", adult)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  private Optional<Long> firstNamed(String surname) {
    return madoguchi
        .sql("SELECT j.atena_no " + ELIGIBLE + " AND j.shimei LIKE :name ORDER BY j.atena_no")
        .param("adult", adult)
        .param("name", surname + "%")
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }

  private static Sample sample(
      String name, long atenaNo, CertificateType type, CertificateOptions options) {
    return new Sample(name, new CertificateSubject(new PersonRef.Resident(atenaNo), type, options));
  }

  /** One sample certificate: a file name and what it certifies. */
  record Sample(String name, CertificateSubject subject) {}
}
