package org.kofu.demodata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemoDataCommandTests {

  @Test
  void loadsAndPrintsCountsWithoutPersonalData() throws Exception {
    // given
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = {"--jdbc-url", url, "--residents", "120", "--today", "2026-11-25"};

    // when
    int code = run(args, out, err);
    int again = run(args, new ByteArrayOutputStream(), err);

    // then
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(printed).contains("madoguchi.jumin", "120 rows", "loaded").doesNotContain("北海道");
    assertThat(again).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--replace");
  }

  @Test
  void rejectsUnknownOptions() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(new String[] {"--bogus"}, new ByteArrayOutputStream(), err)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Unknown option: '--bogus'", "Usage: DemoDataCommand");
  }

  private static int run(String[] args, ByteArrayOutputStream out, ByteArrayOutputStream err)
      throws Exception {
    return DemoDataCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
