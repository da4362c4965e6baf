package org.kofu.core.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * H2's AUTO_SERVER in the embedded default: served on loopback only, never with an empty password.
 */
class H2AutoServerIT {

  private static final String URL = "jdbc:h2:file:./kofu-data/project;AUTO_SERVER=TRUE";

  @Test
  void anAutoServerDatabaseWithoutAPasswordIsRefused() {
    MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", URL);
    assertThatThrownBy(() -> H2AutoServer.check(environment))
        .hasMessageContaining("spring.datasource.password");

    MockEnvironment legacy =
        new MockEnvironment()
            .withProperty("kofu.legacy.koseki.url", URL.toLowerCase(java.util.Locale.ROOT))
            .withProperty("kofu.legacy.koseki.password", "");
    assertThatThrownBy(() -> H2AutoServer.check(legacy))
        .hasMessageContaining("kofu.legacy.koseki.password");
  }

  @Test
  void withAPasswordOrWithoutAutoServerTheNodeStarts() {
    assertThatCode(
            () ->
                H2AutoServer.check(
                    new MockEnvironment()
                        .withProperty("spring.datasource.url", URL)
                        .withProperty("spring.datasource.password", "generated")))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                H2AutoServer.check(
                    new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")))
        .doesNotThrowAnyException();
  }

  /**
   * A JVM of its own (H2 reads its bind address once per JVM), started as a role is: the port
   * AUTO_SERVER opens answers on loopback and not on this host's other address.
   */
  @Test
  void theAutoServerPortIsNotReachableOnANonLoopbackAddress(@TempDir Path dir) throws Exception {
    Optional<InetAddress> outside = nonLoopbackAddress();
    assumeThat(outside).as("a non-loopback address on this host").isPresent();
    Path database = dir.resolve("db");
    Process probe =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                H2AutoServerProbe.class.getName(),
                database.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null && !line.equals(H2AutoServerProbe.READY)) {
        // the probe's start-up output
      }
      assertThat(line).as("the probe opened the database").isEqualTo(H2AutoServerProbe.READY);
      int port = port(Path.of(database + ".lock.db"));

      try (Socket loopback = new Socket()) {
        loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
      }
      assertThatThrownBy(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.connect(new InetSocketAddress(outside.get(), port), 5000);
                }
              })
          .isInstanceOf(ConnectException.class);
    } finally {
      probe.getOutputStream().close();
      if (!probe.waitFor(30, TimeUnit.SECONDS)) {
        probe.destroyForcibly();
      }
    }
  }

  private static int port(Path lockFile) throws IOException {
    Properties lock = new Properties();
    try (var in = Files.newInputStream(lockFile)) {
      lock.load(in);
    }
    String server = lock.getProperty("server");
    return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }
}
