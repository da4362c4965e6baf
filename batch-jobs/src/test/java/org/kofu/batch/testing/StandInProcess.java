package org.kofu.batch.testing;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.kofu.testsupport.DevCa;

/**
 * The stand-in existing system ({@code ops/existing-system}) as its own process, from its exec jar,
 * over mutual TLS with fresh development certificates, reading the test bed's legacy tables; its
 * misbehaviour switched through its control endpoint. The batch node's settings to reach it: {@link
 * #properties()}.
 */
public final class StandInProcess implements AutoCloseable {

  private static final Path JAR =
      Path.of("../ops/existing-system/target/kofu-existing-system-exec.jar");
  private static final String PASSWORD = DevCa.PASSWORD;

  private final Path tls;
  private final int port;
  private final String dbUrl;
  private final String dbUser;
  private Process process;

  public StandInProcess(String dbUrl, String dbUser) {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " missing: build with -pl batch-jobs -am");
    }
    this.tls = DevCa.inTemporaryDirectory("batch-standin-tls");
    this.port = freePort();
    this.dbUrl = dbUrl;
    this.dbUser = dbUser;
    start();
  }

  /** Starts it (again) and waits until it accepts connections. */
  public void start() {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        List.of(
            java,
            "-Xmx1g",
            "-jar",
            JAR.toString(),
            "--server.port=" + port,
            "--server.ssl.key-store=" + tls.resolve("server.p12"),
            "--server.ssl.trust-store=" + tls.resolve("truststore.p12"),
            "--spring.datasource.url=" + dbUrl,
            "--spring.datasource.username=" + dbUser,
            "--spring.datasource.password=",
            "--kofu.stand-in.control-enabled=true");
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(Files.createTempFile("stand-in", ".log").toFile())
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the stand-in exited: " + process.exitValue());
      }
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        sleep(250);
      }
    }
    throw new IllegalStateException("the stand-in did not start");
  }

  /** Stops it: the existing system is down. */
  public void stop() {
    if (process != null) {
      process.destroy();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
  }

  /** How it answers from now on ({@code NONE}, {@code GARBAGE}, {@code OTHER_SUBJECT}, ...). */
  public void misbehave(String mode) {
    try {
      HttpClient client =
          HttpClient.newBuilder()
              .sslContext(sslContext())
              .connectTimeout(Duration.ofSeconds(20))
              .build();
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/stand-in/misbehaviour?mode=" + mode))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("misbehaviour not set: " + answer.statusCode());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String baseUrl() {
    return "https://localhost:" + port;
  }

  /** The batch node's {@code kofu.existing-system.*} to reach it (timeouts for a loaded host). */
  public String[] properties() {
    return new String[] {
      "kofu.existing-system.base-url=" + baseUrl(),
      "kofu.existing-system.key-store=" + tls.resolve("center.p12"),
      "kofu.existing-system.key-store-password=" + PASSWORD,
      "kofu.existing-system.trust-store=" + tls.resolve("truststore.p12"),
      "kofu.existing-system.trust-store-password=" + PASSWORD,
      "kofu.existing-system.connect-timeout=10s",
      "kofu.existing-system.read-timeout=30s",
      "kofu.batch.existing.call-timeout=30s"
    };
  }

  @Override
  public void close() {
    stop();
  }

  private SSLContext sslContext() {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(load("center.p12"), PASSWORD.toCharArray());
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(load("truststore.p12"));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private KeyStore load(String file) throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(tls.resolve(file).toFile())) {
      store.load(in, PASSWORD.toCharArray());
    }
    return store;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
