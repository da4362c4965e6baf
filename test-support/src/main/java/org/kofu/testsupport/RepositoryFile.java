package org.kofu.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** A file of the repository itself (a script, ops/deploy's SQL) as a test of any module sees it. */
public final class RepositoryFile {

  private RepositoryFile() {}

  /**
   * {@code relative} (say {@code ops/tls/make-dev-ca}) below the working directory or the nearest
   * folder above it that has it: one up from a module's folder, two up from {@code ops/...}'s.
   */
  public static Path find(String relative) {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path file = dir.resolve(relative);
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new IllegalStateException(relative + " not found in " + start + " or above");
  }
}
