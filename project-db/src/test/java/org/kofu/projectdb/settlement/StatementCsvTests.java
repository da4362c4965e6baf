package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementCsvTests {

  private final StatementCsv csv = new StatementCsv(Set.of("JUMINHYO", "INKAN", "KOSEKI_ZENBU"));

  @Test
  void aWellFormedStatementIsReadWithOrWithoutABom() throws Exception {
    String text =
        "date,operator,certificateType,copies,feeYen\r\n"
            + "2026-12-01,SEJ,JUMINHYO,41,12300\r\n"
            + "2026-12-01,UNKNOWN,INKAN,1,300\r\n\r\n";
    for (String file : new String[] {text, "\uFEFF" + text}) {
      assertThat(csv.read(file.getBytes(StandardCharsets.UTF_8)))
          .containsExactly(
              new StatementRow(
                  new SettlementKey(LocalDate.of(2026, 12, 1), "SEJ", "JUMINHYO"), 41, 12300),
              new StatementRow(
                  new SettlementKey(LocalDate.of(2026, 12, 1), "UNKNOWN", "INKAN"), 1, 300));
    }
  }

  @Test
  void eachMalformedLineIsRefusedWithItsLineAndField() {
    assertRefused("2026-12-01,SEJ,JUMINHYO,41,12300\n", 1, null);
    assertRefused(header() + "2026-12-01,SEJ,JUMINHYO,41\n", 2, null);
    assertRefused(
        header() + "2026-12-01,SEJ,JUMINHYO,1,300\n2026-13-01,SEJ,INKAN,1,300\n", 3, "date");
    assertRefused(header() + "2026-12-01,セブン,JUMINHYO,1,300\n", 2, "operator");
    assertRefused(header() + "2026-12-01,SEJ,JUMINHYOU,1,300\n", 2, "certificateType");
    assertRefused(header() + "2026-12-01,SEJ,JUMINHYO,-1,300\n", 2, "copies");
    assertRefused(header() + "2026-12-01,SEJ,JUMINHYO,1,3.5\n", 2, "feeYen");
    assertRefused(header() + "2026-12-01,SEJ,INKAN,1,300\n2026-12-01,SEJ,INKAN,2,600\n", 3, null);
    assertRefused("", 1, null);
  }

  @Test
  void aFileThatIsNotUtf8OrNotCsvIsRefused() {
    byte[] latin1 =
        (header() + "2026-12-01,SEJ,JUMINHYO,1,300 é\n").getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> csv.read(latin1))
        .isInstanceOf(MalformedStatementException.class)
        .hasMessageContaining("UTF-8");
    assertRefused(header() + "2026-12-01,\"SEJ,JUMINHYO,1,300\n", 2, null);
  }

  private void assertRefused(String file, long line, String field) {
    assertThatThrownBy(() -> csv.read(file.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            MalformedStatementException.class,
            e -> {
              assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
              assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
            });
  }

  private static String header() {
    return "date,operator,certificateType,copies,feeYen\n";
  }
}
