package org.kofu.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Development certificates for tests, from the repository's own {@code ops/tls/make-dev-ca} (the
 * script ./ops/start uses): a CA, the relay's server certificate ({@code server.p12}), its trust
 * store, the center's client certificate ({@code center.p12}), a stranger's and a revoked one, and
 * the CA's revocation list ({@code crl.pem}), all with the password {@link #PASSWORD}. The script
 * is found by walking up from the working directory, so a test of any module (or of {@code
 * ops/...}) reaches it.
 */
public final class DevCa {

  /** The password of every store the script writes (its default). */
  public static final String PASSWORD = "changeit";

  private static final String SCRIPT = "ops/tls/make-dev-ca";
  private static final long TIMEOUT_MINUTES = 10;

  private DevCa() {}

  /** The certificates in a new temporary directory whose name starts with {@code prefix}. */
  public static Path inTemporaryDirectory(String prefix) {
    try {
      return make(Files.createTempDirectory(prefix), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The certificates in {@code dir} (made if missing, earlier ones replaced), the CA named {@code
   * caName} ({@code null}: the script's default name). Returns {@code dir}.
   */
  public static Path make(Path dir, String caName) {
    ProcessBuilder builder =
        new ProcessBuilder("bash", RepositoryFile.find(SCRIPT).toString(), dir.toString())
            .redirectErrorStream(true);
    if (caName != null) {
      builder.environment().put("KOFU_TLS_CA_NAME", caName);
    }
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            "make-dev-ca did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "make-dev-ca failed (" + process.exitValue() + "): " + output);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
