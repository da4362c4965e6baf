package org.kofu.ops.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Files of the repository the checks read (the build passes its root as kofu.repo.root). */
final class Repo {

  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Repo() {}

  static Path root() {
    return Path.of(System.getProperty("kofu.repo.root", "../..")).toAbsolutePath().normalize();
  }

  static Path path(String relative) {
    return root().resolve(relative);
  }

  static List<Path> files(String relative) throws IOException {
    try (Stream<Path> walk = Files.walk(path(relative))) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static List<JsonNode> yamlDocuments(Path file) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
      var iterator = YAML.readValues(parser, JsonNode.class);
      while (iterator.hasNext()) {
        JsonNode node = iterator.next();
        if (node != null && !node.isNull() && !node.isMissingNode()) {
          documents.add(node);
        }
      }
    }
    return documents;
  }

  /** Non-comment, non-blank lines of a metric list in ops/monitoring/metrics. */
  static List<String> metricNames(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
