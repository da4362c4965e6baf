package org.kofu.demodata.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTests {

  private static final GeneratorSettings SETTINGS =
      new GeneratorSettings(1_000, 7L, LocalDate.of(2026, 11, 25));

  @Test
  void sameSeedGivesIdenticalRows() throws Exception {
    assertThat(digest(SETTINGS)).isEqualTo(digest(SETTINGS));
    assertThat(firstRows(SETTINGS, 200)).isEqualTo(firstRows(SETTINGS, 200));
  }

  @Test
  void differentSeedGivesDifferentRows() throws Exception {
    assertThat(digest(SETTINGS.withSeed(8L))).isNotEqualTo(digest(SETTINGS));
  }

  @Test
  void writesExactlyTheRequestedNumberOfResidents() {
    int[] residents = {0};
    new DemoDataGenerator(SETTINGS.withResidents(777))
        .generate((t, row) -> residents[0] += t == LegacyTable.JUMIN ? 1 : 0);
    assertThat(residents[0]).isEqualTo(777);
  }

  @Test
  void rowsMatchTheirTablesColumns() {
    new DemoDataGenerator(SETTINGS)
        .generate((t, row) -> assertThat(row).hasSize(t.columns().size()));
  }

  @Test
  void personalNumbersAreUniqueElevenAndTwelveDigitsWithValidCheckDigit() {
    // given
    Set<String> codes = new HashSet<>();
    Set<String> numbers = new HashSet<>();

    // when
    new DemoDataGenerator(SETTINGS)
        .generate(
            (t, row) -> {
              if (t == LegacyTable.JUMIN) {
                codes.add((String) row[1]);
                numbers.add((String) row[2]);
              }
            });

    // then
    assertThat(codes).hasSize(1_000).allMatch(c -> c.matches("\\d{11}"));
    assertThat(numbers)
        .hasSize(1_000)
        .allMatch(n -> n.matches("\\d{12}"))
        .allMatch(n -> KojinBango.checkDigit(n.substring(0, 11)) == n.charAt(11) - '0');
  }

  @Test
  void checkDigitFollowsTheStatutoryRule() {
    // 12345678901 → Σ P×Q = 1*2+0*3+9*4+8*5+7*6+6*7+5*2+4*3+3*4+2*5+1*6 = 212; 212 % 11 = 3; 11-3 =
    // 8
    assertThat(KojinBango.checkDigit("12345678901")).isEqualTo(8);
  }

  private static String digest(GeneratorSettings settings) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    new DemoDataGenerator(settings)
        .generate((t, row) -> md.update(render(t, row).getBytes(StandardCharsets.UTF_8)));
    return java.util.HexFormat.of().formatHex(md.digest());
  }

  private static List<String> firstRows(GeneratorSettings settings, int n) {
    List<String> rows = new ArrayList<>();
    new DemoDataGenerator(settings)
        .generate(
            (t, row) -> {
              if (rows.size() < n) {
                rows.add(render(t, row));
              }
            });
    return rows;
  }

  private static String render(LegacyTable t, Object[] row) {
    StringBuilder sb = new StringBuilder(t.name());
    for (Object v : row) {
      sb.append('|').append(v instanceof byte[] b ? Arrays.hashCode(b) : String.valueOf(v));
    }
    return sb.append('\n').toString();
  }
}
