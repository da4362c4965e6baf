package org.kofu.standalone.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateType;
import org.kofu.demodata.generate.DemoDataGenerator;
import org.kofu.demodata.generate.GeneratorSettings;
import org.kofu.demodata.load.DemoDataLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The canary's test person in generated demo data on H2 (the same SQL runs on PostgreSQL). */
class CanaryPersonsTests {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

  private String url;
  private DriverManagerDataSource legacy;
  private JdbcClient jdbc;

  @BeforeEach
  void demoData() throws Exception {
    url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    legacy = new DriverManagerDataSource(url, "sa", "");
    DemoDataLoader.of(legacy)
        .load(
            legacy,
            new DemoDataGenerator(
                new GeneratorSettings(400, GeneratorSettings.DEFAULT_SEED, TODAY)),
            false);
    jdbc = JdbcClient.create(legacy);
  }

  @Test
  void oneAdultWithASealATaxRecordAndACurrentRegisterForEveryType() {
    Map<CertificateType, String> persons = new CanaryPersons(legacy).choose(TODAY);

    assertThat(persons).containsOnlyKeys(CertificateType.values());
    String code = persons.get(CertificateType.JUMINHYO);
    assertThat(persons.values()).containsOnly(code);
    long atena = atenaOf(code);
    assertThat(
            count(
                "SELECT COUNT(*) FROM madoguchi.jumin WHERE atena_no = ? AND status = 'ACTIVE'"
                    + " AND kokuseki IS NULL AND birth_date <= ?",
                atena,
                TODAY.minusYears(20)))
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM madoguchi.inkan WHERE atena_no = ? AND status = 'ACTIVE'",
                atena))
        .isOne();
    assertThat(
            count(
                "SELECT COUNT(*) FROM koseki.kojin k JOIN koseki.koseki r"
                    + " ON r.koseki_id = k.koseki_id WHERE k.atena_no = ? AND r.status = 'CURRENT'",
                atena))
        .isOne();
  }

  @Test
  void aHouseholdWithAGaijiOrARestrictionIsPassedOver() {
    String first = new CanaryPersons(legacy).choose(TODAY).get(CertificateType.INKAN);
    long household = setaiOf(first);
    // a 外字 (Private Use Area) in another member's name, as the demo's gaiji families have
    jdbc.sql("UPDATE madoguchi.jumin SET shimei = shimei || ? WHERE setai_no = ?")
        .params("\uE500", household)
        .update();

    String second = new CanaryPersons(legacy).choose(TODAY).get(CertificateType.INKAN);
    assertThat(second).isNotEqualTo(first);
    assertThat(setaiOf(second)).isNotEqualTo(household);

    jdbc.sql(
            "INSERT INTO madoguchi.kofu_seigen (seigen_id, atena_no, reason, valid_from)"
                + " VALUES (999999, ?, 'DV_SUPPORT', ?)")
        .params(atenaOf(second), TODAY)
        .update();
    assertThat(new CanaryPersons(legacy).choose(TODAY).get(CertificateType.INKAN))
        .isNotIn(first, second);
  }

  @Test
  void theCommandPrintsATypeLinePerTypeAndFailsWhenNobodyFits() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "--jdbc-url=" + url, "--user=sa")).isZero();
    String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(Arrays.stream(lines).map(l -> l.substring(0, l.indexOf('='))))
        .containsExactly(
            Arrays.stream(CertificateType.values()).map(Enum::name).toArray(String[]::new));
    assertThat(lines).allMatch(l -> l.matches("[A-Z_]+=\\d{11}"));

    jdbc.sql("UPDATE madoguchi.inkan SET status = 'ABOLISHED'").update();
    ByteArrayOutputStream none = new ByteArrayOutputStream();
    assertThat(run(none, "--jdbc-url=" + url, "--user=sa")).isEqualTo(1);
    assertThat(none.size()).isZero();
    assertThat(run(new ByteArrayOutputStream(), "--bogus")).isEqualTo(2);
  }

  private static int run(ByteArrayOutputStream out, String... args) {
    return CanaryPersonsCommand.run(
        args,
        "",
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  private long atenaOf(String code) {
    return jdbc.sql("SELECT atena_no FROM madoguchi.jumin WHERE juminhyo_code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  private long setaiOf(String code) {
    return jdbc.sql("SELECT setai_no FROM madoguchi.jumin WHERE juminhyo_code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
