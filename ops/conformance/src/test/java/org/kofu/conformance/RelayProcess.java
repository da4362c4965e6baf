package org.kofu.conformance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One relay node in a JVM of its own, started from the relay's jar as {@code ./ops/start} starts
 * it; it can be stopped and started again with the same command line (the same ports).
 */
final class RelayProcess implements AutoCloseable {

  private final String name;
  private final List<String> command;
  private final Path log;
  private final int httpsPort;
  private final int plainPort;
  private final java.util.Map<String, String> environment;
  private final Path directory;
  private Process process;

  RelayProcess(
      String name,
      List<String> command,
      java.util.Map<String, String> environment,
      Path directory,
      Path log,
      int httpsPort,
      int plainPort) {
    this.name = name;
    this.command = List.copyOf(command);
    this.environment = environment;
    this.directory = directory;
    this.log = log;
    this.httpsPort = httpsPort;
    this.plainPort = plainPort;
  }

  synchronized void start() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    process = builder.start();
  }

  /** Waits until the node's health answers 200, failing when it exits or takes too long. */
  void awaitHealthy(Duration limit) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI health = URI.create("http://127.0.0.1:" + plainPort + "/jlis/v1/health");
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      TimeUnit.SECONDS.sleep(1);
    }
    throw new IllegalStateException(name + " not healthy within " + limit + "; see " + log);
  }

  /** Stops the node (SIGTERM, then SIGKILL) and starts it again; returns once it is started. */
  synchronized void restart() throws IOException, InterruptedException {
    stop();
    start();
  }

  synchronized void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  URI https() {
    return URI.create("https://127.0.0.1:" + httpsPort);
  }

  URI plain() {
    return URI.create("http://127.0.0.1:" + plainPort);
  }

  Path log() {
    return log;
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
