package org.kofu.relay.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.kofu.relay.support.TestLegacy;

/**
 * Runs last ({@link ClassOrderer.OrderAnnotation}): the application log of the whole test run holds
 * none of the generated names, addresses or 住民票コード.
 */
@Order(Integer.MAX_VALUE)
class ApplicationLogScanIT {

  @Test
  void theApplicationLogOfTheTestRunHoldsNoPersonalData() throws Exception {
    Path file = Path.of(System.getProperty("kofu.test.log", "target/relay-test-run.log"));
    assertThat(file).exists();
    String log = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(log).contains("Started");
    for (String personal : TestLegacy.personalStrings()) {
      assertThat(log).as("the log").doesNotContain(personal.trim());
    }
  }
}
