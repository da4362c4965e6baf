package org.kofu.projectdb.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.settlement.MalformedStatementException.Reason;

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
    // the header is missing: the first line is a row
    assertRefused("2026-12-01,SEJ,JUMINHYO,41,12300\n", 1, "date", Reason.HEADER);
    assertRefused("", 1, "date", Reason.HEADER);
    assertRefused("date,operator,certificateType,copies\n", 1, "feeYen", Reason.HEADER);
    assertRefused(header() + "2026-12-01,SEJ,JUMINHYO,41\n", 2, "feeYen", Reason.FIELD_MISSING);
    assertRefused(
        header() + "2026-12-01,SEJ,JUMINHYO,41,12300,1\n", 2, "column 6", Reason.FIELD_EXTRA);
    assertRefused(
        header() + "2026-12-01,SEJ,JUMINHYO,1,300\n2026-13-01,SEJ,INKAN,1,300\n",
        3,
        "date",
        Reason.DATE);
    assertRefused(header() + "2026-12-01,セブン,JUMINHYO,1,300\n", 2, "operator", Reason.OPERATOR);
    assertRefused(
        header() + "2026-12-01,SEJ,JUMINHYOU,1,300\n",
        2,
        "certificateType",
        Reason.CERTIFICATE_TYPE);
    assertRefused(header() + "2026-12-01,SEJ,JUMINHYO,-1,300\n", 2, "copies", Reason.NOT_A_COUNT);
    assertRefused(header() + "2026-12-01,SEJ,JUMINHYO,1,3.5\n", 2, "feeYen", Reason.NOT_A_COUNT);
    assertRefused(
        header() + "2026-12-01,SEJ,INKAN,1,300\n2026-12-01,SEJ,INKAN,2,600\n",
        3,
        null,
        Reason.DUPLICATE);
    assertRefused(header() + "\n", 2, "date", Reason.NO_ROWS);
  }

  @Test
  void theLineNamedIsTheFilesOwnWithBlankLinesAndABom() {
    assertRefused(
        "\uFEFF"
            + header()
            + "\r\n2026-12-01,SEJ,INKAN,1,300\r\n\r\n2026-12-02,SEJ,INKAN,x,300\r\n",
        5,
        "copies",
        Reason.NOT_A_COUNT);
    assertRefused("\uFEFFdate,operator,type,copies,feeYen\n", 1, "certificateType", Reason.HEADER);
  }

  @Test
  void aFileThatIsNotUtf8OrNotCsvIsRefused() {
    byte[] latin1 =
        (header() + "2026-12-01,SEJ,JUMINHYO,1,300\n2026-12-02,SEJ,JUMINHYO,1,300 é\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> csv.read(latin1))
        .isInstanceOfSatisfying(
            MalformedStatementException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_UTF8);
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.getMessage()).contains("UTF-8");
            });
    assertRefused(header() + "2026-12-01,\"SEJ,JUMINHYO,1,300\n", 2, null, Reason.NOT_CSV);
  }

  private void assertRefused(String file, long line, String field, Reason reason) {
    assertThatThrownBy(() -> csv.read(file.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            MalformedStatementException.class,
            e -> {
              assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
              assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
              assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
            });
  }

  private static String header() {
    return "date,operator,certificateType,copies,feeYen\n";
  }
}
