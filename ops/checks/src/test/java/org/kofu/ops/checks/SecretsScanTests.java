package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No secret in ops/deploy, ops/k8s, ops/monitoring, ops/backup or the modules' application
 * configuration: a password, key or token setting may be empty, a placeholder (${...}) or a path to
 * a file; never a literal. No private key, PEM block or long base64/hex blob either.
 */
class SecretsScanTests {

  private static final List<String> SCANNED =
      List.of("ops/deploy", "ops/k8s", "ops/monitoring", "ops/backup");
  private static final Pattern SECRET_SETTING =
      Pattern.compile(
          "(?i)^\\s*[-\\w.\\[\\]\"]*(password|passwd|secret|token|passphrase|private[-_.]?key|"
              + "api[-_.]?key|keys\\.[\\w-]+)[\"\\w.-]*\\s*[:=]\\s*(.*)$");

  /** Settings that name a secret or switch something, never hold one. */
  private static final Pattern REFERENCE =
      Pattern.compile("(?i)secretName|secret-name|ServiceAccountToken|LoadCredential=");

  private static final Pattern BLOB = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}|[0-9a-fA-F]{48,}");

  @Test
  void examplesAndConfigurationsHoldNoSecret() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : SCANNED) {
      files.addAll(Repo.files(folder));
    }
    try (Stream<Path> walk = Files.walk(Repo.root(), 6)) {
      walk.filter(p -> p.toString().contains("/src/main/resources/"))
          .filter(p -> p.getFileName().toString().matches("application.*\\.(yml|yaml|properties)"))
          .forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(20);
    List<String> findings = new ArrayList<>();
    for (Path file : files) {
      findings.addAll(findings(Repo.root().relativize(file).toString(), read(file)));
    }
    assertThat(findings).isEmpty();
  }

  @Test
  void theScanFindsLiteralSecrets() {
    String sample =
        String.join(
            "\n",
            "spring.datasource.password=hunter2hunter2",
            "    password: s3cret",
            "kofu.cache.crypto.keys.k1: " + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwMTI=",
            "-----BEGIN PRIVATE KEY-----",
            "password: ${KOFU_DB_PASSWORD}",
            "password: \"\"",
            "keystore-password-file: /etc/kofu/secrets/relay-keystore-password",
            "LoadCredential=spring.datasource.password:/etc/kofu/secrets/project-db-password",
            "      automountServiceAccountToken: false",
            "            secretName: kofu-relay-secrets",
            "          requiredDuringSchedulingIgnoredDuringExecution:");
    assertThat(findings("sample", sample)).hasSize(4);
  }

  static List<String> findings(String name, String text) {
    List<String> findings = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = name + ":" + (i + 1);
      if (line.strip().startsWith("#")) {
        continue;
      }
      if (line.contains("-----BEGIN")) {
        findings.add(where + " PEM block");
        continue;
      }
      Matcher setting = SECRET_SETTING.matcher(line);
      if (setting.matches() && !REFERENCE.matcher(line).find() && isLiteral(setting.group(2))) {
        findings.add(where + " literal secret setting");
        continue;
      }
      Matcher blob = BLOB.matcher(line);
      // a key or random value has digits; a long camel-case word (requiredDuringScheduling...) not
      if (blob.find()
          && blob.group().chars().anyMatch(Character::isDigit)
          && !line.contains("sha256")
          && !line.contains("--add-")) {
        findings.add(where + " long base64 or hex value");
      }
    }
    return findings;
  }

  private static boolean isLiteral(String raw) {
    String value = raw.strip();
    if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
      value = value.substring(1, value.length() - 1);
    }
    return !(value.isEmpty()
        || value.matches("(?i)true|false|\\d+")
        || value.startsWith("${")
        || value.startsWith("$${")
        || value.startsWith("/")
        || value.startsWith("file:")
        || value.startsWith("classpath:")
        || value.startsWith("optional:")
        || value.startsWith("|")
        || value.startsWith("{{")
        || value.contains("/etc/kofu/secrets/")
        || value.contains("/run/secrets/"));
  }

  private static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
