package org.kofu.demodata.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.demodata.load.H2Loader;
import org.kofu.demodata.schema.H2;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default 5,000 residents look like 函館市: checked with SQL on an H2 load. */
class RealismTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static JdbcTemplate jdbc;

  @BeforeAll
  static void load() throws Exception {
    var ds = H2.fresh();
    new H2Loader()
        .load(ds, new DemoDataGenerator(GeneratorSettings.defaults().withToday(TODAY)), false);
    jdbc = new JdbcTemplate(ds);
  }

  @Test
  void householdsHaveOneToSixMembersAndOneHead() {
    List<Integer> sizes =
        jdbc.queryForList("SELECT COUNT(*) FROM madoguchi.jumin GROUP BY setai_no", Integer.class);
    assertThat(sizes).allMatch(s -> s >= 1 && s <= 6).contains(1, 2, 3, 4, 5, 6);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM madoguchi.setai s JOIN madoguchi.jumin j"
                    + " ON j.atena_no = s.setainushi_atena_no AND j.zokugara = '世帯主'",
                Integer.class))
        .isEqualTo(sizes.size());
  }

  @Test
  void agesSpanZeroToHundred() {
    assertThat(count("birth_date > DATE '2025-11-25'")).isPositive();
    assertThat(count("birth_date <= DATE '1926-11-25'")).isPositive();
    assertThat(count("birth_date < DATE '1925-11-24'")).isZero();
  }

  @Test
  void aboutOnePercentAreForeignWithoutHonseki() {
    double share = count("kokuseki IS NOT NULL") / 5000.0;
    assertThat(share).isCloseTo(0.01, within(0.006));
    assertThat(count("kokuseki IS NOT NULL AND (honseki IS NOT NULL OR zairyu_shikaku IS NULL)"))
        .isZero();
    assertThat(count("tsusho IS NOT NULL AND kokuseki IS NULL")).isZero();
  }

  @Test
  void aboutFortyPercentOfAdultsHaveASeal() {
    long adults = count("birth_date <= DATE '2008-11-25'");
    long withSeal =
        jdbc.queryForObject("SELECT COUNT(DISTINCT atena_no) FROM madoguchi.inkan", Long.class);
    assertThat((double) withSeal / adults).isCloseTo(0.4, within(0.06));
    assertThat(countOf("madoguchi.inkan WHERE status = 'ABOLISHED'")).isPositive();
  }

  @Test
  void specialCharacterSurnamesAppear() {
    List<String> names = jdbc.queryForList("SELECT shimei FROM madoguchi.jumin", String.class);
    long special =
        names.stream()
            .filter(n -> SpecialCharacterNames.ALL.stream().anyMatch(n::startsWith))
            .count();
    assertThat((double) special / names.size()).isBetween(0.01, 0.08);
    assertThat(names).anyMatch(n -> n.contains("\uDB40\uDD02"));
  }

  @Test
  void mjCharactersBeyondJisX0213SpellNamesAddressesAndHonseki() {
    Map<String, String> mjCodeOf = new HashMap<>();
    MjCharacters.all()
        .forEach(
            c -> {
              mjCodeOf.put(c.pua(), c.mjCode());
              if (c.unicode() != null) {
                mjCodeOf.put(c.unicode(), c.mjCode());
              }
            });
    Set<String> all = new HashSet<>();
    for (String column :
        List.of(
            "shimei FROM madoguchi.jumin",
            "address FROM madoguchi.jumin",
            "honseki FROM madoguchi.jumin",
            "honseki FROM koseki.koseki",
            "hittosha FROM koseki.koseki")) {
      Set<String> found = new HashSet<>();
      for (String text : jdbc.queryForList("SELECT " + column, String.class)) {
        if (text != null) {
          mjCodeOf.forEach((written, mj) -> found.add(text.contains(written) ? mj : ""));
        }
      }
      found.remove("");
      assertThat(found).as(column).isNotEmpty();
      all.addAll(found);
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(200);
  }

  @Test
  void externalCharactersAreMappedInBothSystemsSomeToUnicodeSomeByMjNameOnly() {
    for (String table : List.of("madoguchi.gaiji", "koseki.gaiji")) {
      assertThat(countOf(table)).isEqualTo(MjCharacters.all().size());
      assertThat(countOf(table + " WHERE ucs IS NULL")).isPositive();
      assertThat(countOf(table + " WHERE ucs IS NOT NULL")).isPositive();
    }
    List<String> names = jdbc.queryForList("SELECT shimei FROM madoguchi.jumin", String.class);
    assertThat(names)
        .anyMatch(n -> n.codePoints().anyMatch(cp -> cp >= MjCharacters.FIRST_PUA && cp < 0xF8F0));
  }

  @Test
  void aFewNamesHoldCharactersNothingDraws() {
    List<String> names = jdbc.queryForList("SELECT shimei FROM madoguchi.jumin", String.class);
    long unmapped = names.stream().filter(n -> n.contains(MjCharacters.UNMAPPED_PUA)).count();
    long beyond = names.stream().filter(n -> n.contains(MjCharacters.BEYOND_IPAMJ)).count();
    assertThat(unmapped).isPositive();
    assertThat(beyond).isPositive();
    assertThat(unmapped + beyond).isLessThanOrEqualTo(6);
    assertThat(countOf("madoguchi.gaiji WHERE pua = '" + MjCharacters.UNMAPPED_PUA + "'")).isZero();
  }

  @Test
  void registersHaveRemovedMembersNonResidentsAndEntries() {
    assertThat(countOf("koseki.kojin WHERE joseki")).isPositive();
    assertThat(countOf("koseki.koseki WHERE status = 'JOSEKI'")).isPositive();
    long registers = countOf("koseki.koseki");
    long elsewhere =
        countOf(
            "koseki.koseki k WHERE NOT EXISTS (SELECT 1 FROM koseki.kojin p"
                + " WHERE p.koseki_id = k.koseki_id AND p.atena_no IS NOT NULL)");
    assertThat((double) elsewhere / registers).isBetween(0.015, 0.06);
    assertThat(countOf("koseki.kojin WHERE kojin_no = 1")).isEqualTo(registers);
    assertThat(countOf("koseki.jiko WHERE jiko_kind = '死亡'")).isPositive();
    assertThat(countOf("koseki.jiko WHERE jiko_kind = '転籍' AND kojin_no IS NULL")).isPositive();
    assertThat(
            jdbc.queryForObject(
                "SELECT MIN(detail) FROM koseki.jiko WHERE jiko_kind = '出生'", String.class))
        .startsWith("【出生日】")
        .contains("\n【出生地】", "\n【届出日】", "\n【届出人】");
  }

  @Test
  void statusesIncludeMovedOutDeceasedErasedAndAnnouncedMoves() {
    assertThat(count("status = 'MOVED_OUT' AND status_date IS NOT NULL")).isPositive();
    assertThat(count("status = 'DECEASED'")).isPositive();
    assertThat(count("tenshutsu_yotei_date > DATE '2026-11-25' AND status = 'ACTIVE'"))
        .isPositive();
    assertThat(count("honseki IS NOT NULL AND honseki NOT LIKE '北海道函館市%'")).isPositive();
  }

  @Test
  void restrictionsAreAboutHalfAPercentWithSomeExpired() {
    assertThat(countOf("madoguchi.kofu_seigen")).isBetween(10L, 50L);
    assertThat(countOf("madoguchi.kofu_seigen WHERE reason = 'DV_SUPPORT' AND cert_type IS NULL"))
        .isPositive();
    assertThat(countOf("madoguchi.kofu_seigen WHERE valid_to < DATE '2026-11-25'")).isPositive();
  }

  @Test
  void taxCoversTheLastTwoFiscalYearsWithTaxAtTenPercent() {
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT nendo FROM madoguchi.shotoku_kazei ORDER BY nendo", Integer.class))
        .containsExactly(2025, 2026);
    assertThat(countOf("madoguchi.shotoku_kazei WHERE shiminzei > kazei_shotoku * 6 / 100"))
        .isZero();
    assertThat(
            countOf(
                "madoguchi.shotoku_kazei WHERE MOD(shiminzei, 100) <> 0 OR MOD(dominzei, 100) <> 0"))
        .isZero();
    assertThat(countOf("madoguchi.shotoku_kazei WHERE kyuyo_shunyu > 0 AND shiminzei > 0"))
        .isPositive();
    // the 年度 a kiosk issues on the generator's day has both 課税 and 非課税 persons
    assertThat(countOf("madoguchi.shotoku_kazei WHERE nendo = 2026 AND shiminzei + dominzei > 0"))
        .isPositive();
    assertThat(countOf("madoguchi.shotoku_kazei WHERE nendo = 2026 AND shiminzei + dominzei = 0"))
        .isPositive();
  }

  @Test
  void addressesAreInHakodateWithSomeKatagaki() {
    assertThat(count("address NOT LIKE '北海道函館市%号'")).isZero();
    assertThat(count("katagaki LIKE '%号室'")).isPositive();
  }

  @Test
  void nothingIsDatedAfterTodayButAnnouncedMovesAndPermitExpiries() {
    assertThat(
            count(
                "birth_date > DATE '2026-11-25' OR jumin_date > DATE '2026-11-25'"
                    + " OR jutei_date > DATE '2026-11-25' OR todoke_date > DATE '2026-11-25'"
                    + " OR status_date > DATE '2026-11-25'"))
        .isZero();
    assertThat(countOf("koseki.jiko WHERE jiko_date > DATE '2026-11-25'")).isZero();
    assertThat(countOf("koseki.koseki WHERE hensei_date > DATE '2026-11-25'")).isZero();
    assertThat(countOf("koseki.fuhyo WHERE jutei_date > DATE '2026-11-25'")).isZero();
    assertThat(countOf("madoguchi.inkan WHERE toroku_date > DATE '2026-11-25'")).isZero();
  }

  private static long count(String where) {
    return countOf("madoguchi.jumin WHERE " + where);
  }

  private static long countOf(String from) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + from, Long.class);
  }
}
