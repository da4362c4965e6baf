package org.kofu.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit's output contract without a server: one line per scenario, {@code N passed, N failed}
 * last, the exit code; a scenario that cannot run here says why on its SKIP line.
 */
class ConformanceKitTests {

  private record Printed(int exit, List<String> lines) {}

  private static Printed run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = ConformanceKit.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Printed(exit, bytes.toString(StandardCharsets.UTF_8).lines().toList());
  }

  @Test
  void withoutFixtureModeOrARestartCommandTheirScenariosAreSkippedAndTheRunPasses() {
    Printed printed =
        run(
            "--url=http://127.0.0.1:9",
            "--db-url=jdbc:h2:mem:conformance-skips",
            "--only=change-just-before,restriction-mid-load,repeat-after-restart");

    assertThat(printed.lines())
        .containsExactly(
            "SKIP change-just-before: needs --write-fixtures (commits changes to the existing"
                + " systems: a test database only)",
            "SKIP restriction-mid-load: needs --write-fixtures (commits changes to the existing"
                + " systems: a test database only)",
            "SKIP repeat-after-restart: no --restart-command given: the kit cannot restart a node",
            "0 passed, 0 failed");
    assertThat(printed.exit()).isZero();
  }

  @Test
  void aNodeThatDoesNotAnswerFailsTheRunWithExitOne() {
    Printed printed =
        run(
            "--url=http://127.0.0.1:9",
            "--db-url=jdbc:h2:mem:conformance-fails",
            "--only=health,no-client-certificate");

    assertThat(printed.lines()).hasSize(3);
    assertThat(printed.lines().get(0)).startsWith("FAIL health: node 1: ");
    assertThat(printed.lines().get(1))
        .isEqualTo(
            "SKIP no-client-certificate: the URL is plain HTTP: there is no handshake to refuse");
    assertThat(printed.lines().get(2)).isEqualTo("0 passed, 1 failed");
    assertThat(printed.exit()).isEqualTo(1);
  }

  @Test
  void everyScenarioHasADistinctName() {
    assertThat(ConformanceKit.names())
        .doesNotHaveDuplicates()
        .containsExactly(
            "health",
            "bad-inputs",
            "no-client-certificate",
            "same-second-two-nodes",
            "change-just-before",
            "restriction-mid-load",
            "repeat-after-restart");
  }
}
