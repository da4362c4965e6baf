package org.kofu.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The feature packages depend on each other in one direction only, read from the imports. */
class PackageDependenciesTests {

  private static final Path MAIN = Path.of("src/main/java/org/kofu/cache");
  private static final Pattern IMPORT = Pattern.compile("^import org\\.kofu\\.cache\\.(\\w+)\\.");

  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "internal", Set.of(),
          "crypto", Set.of(),
          "compression", Set.of(),
          "contract", Set.of("internal", "crypto", "compression"),
          "metrics", Set.of("contract"),
          "member", Set.of("contract", "metrics"));

  @Test
  void eachPackageUsesOnlyThePackagesBelowIt() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(
              file -> {
                String feature = MAIN.relativize(file).getName(0).toString();
                assertThat(ALLOWED).as("known package").containsKey(feature);
                for (String line : lines(file)) {
                  Matcher m = IMPORT.matcher(line);
                  if (m.find() && !m.group(1).equals(feature)) {
                    assertThat(ALLOWED.get(feature)).as(file + ": " + line).contains(m.group(1));
                  }
                }
              });
    }
  }

  private static java.util.List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
