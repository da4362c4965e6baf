package org.kofu.existingsystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stand-in opens its database as it starts, before any request: an H2 file with AUTO_SERVER is
 * then open in the stand-in's process, which serves it to the others (as under ./ops/start, where
 * it is the first role to open the demo's file and so runs its triggers).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseAtStartTests {

  private static final Path DIR = temporaryDirectory();

  @DynamicPropertySource
  static void standIn(DynamicPropertyRegistry registry) {
    registry.add("server.ssl.key-store", () -> StandIn.TLS.resolve("server.p12").toString());
    registry.add("server.ssl.trust-store", () -> StandIn.TLS.resolve("truststore.p12").toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:file:" + DIR.resolve("legacy") + ";AUTO_SERVER=TRUE");
    registry.add("spring.datasource.username", () -> "sa");
    // an AUTO_SERVER file is never served without a password (certificate-core's guard, on this
    // test's classpath)
    registry.add("spring.datasource.password", () -> "stand-in-test");
  }

  @Test
  void theFileIsOpenAndServedByTheStandInBeforeAnyRequest() throws IOException {
    Path lock = DIR.resolve("legacy.lock.db");
    assertThat(lock).exists();
    Properties server = new Properties();
    try (Reader in = Files.newBufferedReader(lock)) {
      server.load(in);
    }
    // AUTO_SERVER writes the address this process serves the file on into the lock
    assertThat(server.getProperty("server")).matches(".+:\\d+");
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("standin-h2");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
