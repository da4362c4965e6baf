package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 points 5 and 6 in the production examples (ops/deploy, ops/k8s): every database is
 * reached over TLS with the server's identity checked, each role connects as its own database role,
 * and only the batch migrates, as the migration role, re-applying the grants.
 */
class DatabaseConnectionsTests {

  private static final Pattern JDBC_URL = Pattern.compile("jdbc:[A-Za-z0-9]+:[^\\s\"'`|]+");
  private static final List<String> ROLES = List.of("relay", "batch", "admin");

  @Test
  void everyJdbcUrlInTheExamplesUsesTlsAndChecksTheServer() throws IOException {
    Map<String, String> urls = new LinkedHashMap<>();
    for (String folder : new String[] {"ops/deploy", "ops/k8s"}) {
      for (Path file : Repo.files(folder)) {
        jdbcUrls(Files.readString(file)).forEach(url -> urls.put(url, file.toString()));
      }
    }
    assertThat(urls).hasSizeGreaterThanOrEqualTo(6);
    urls.forEach((url, file) -> assertTls(url, file));
  }

  @Test
  void theOracleExampleInTheDocsIsTcps() throws IOException {
    String doc = Files.readString(Repo.path("docs/oracle.md"));
    String configuration = doc.substring(doc.indexOf("## Configuration"), doc.indexOf("## What"));
    List<String> urls = jdbcUrls(configuration);
    assertThat(urls).isNotEmpty();
    urls.forEach(url -> assertTls(url, "docs/oracle.md"));
  }

  @Test
  void eachRoleConnectsAsItsOwnAndOnlyTheBatchMigratesAsTheMigrationRole() throws IOException {
    for (String role : ROLES) {
      for (JsonNode config : List.of(deploy(role), k8s(role))) {
        assertThat(config.at("/spring/datasource/username").asText()).isEqualTo("kofu_" + role);
        JsonNode flyway = config.at("/spring/flyway");
        if (role.equals("batch")) {
          assertThat(flyway.path("user").asText()).isEqualTo("kofu_migrate");
          assertThat(flyway.path("locations").asText())
              .contains("classpath:db/project-{vendor}", "filesystem:/etc/kofu/project-db");
        } else {
          assertThat(flyway.path("enabled").asBoolean(true)).as(role).isFalse();
        }
      }
      String unit =
          Files.readString(Repo.path("ops/deploy/" + role + "/kofu-" + role + ".service"));
      assertThat(unit.contains("LoadCredential=spring.flyway.password:"))
          .as(role + " holds the migration role's password")
          .isEqualTo(role.equals("batch"));
    }
    assertThat(Files.readString(Repo.path("ops/k8s/batch.yaml")))
        .contains("mountPath: /etc/kofu/project-db", "name: kofu-db-grants");
  }

  private static void assertTls(String url, String where) {
    if (url.startsWith("jdbc:postgresql:")) {
      assertThat(url).as(where).contains("sslmode=verify-full", "sslrootcert=/");
    } else if (url.startsWith("jdbc:oracle:")) {
      assertThat(url.toLowerCase()).as(where).containsAnyOf("@tcps://", "protocol=tcps");
      assertThat(url.toLowerCase()).as(where).contains("ssl_server_dn_match=true");
    } else {
      throw new AssertionError(where + ": a database without a TLS rule here: " + url);
    }
  }

  private static List<String> jdbcUrls(String text) {
    List<String> urls = new ArrayList<>();
    Matcher matcher = JDBC_URL.matcher(text);
    while (matcher.find()) {
      urls.add(matcher.group());
    }
    return urls;
  }

  private static JsonNode deploy(String role) throws IOException {
    return Repo.YAML.readTree(Repo.path("ops/deploy/" + role + "/application.yml").toFile());
  }

  private static JsonNode k8s(String role) throws IOException {
    for (JsonNode document : Repo.yamlDocuments(Repo.path("ops/k8s/" + role + ".yaml"))) {
      if (document.path("kind").asText().equals("ConfigMap")) {
        return Repo.YAML.readTree(document.at("/data/application.yml").asText());
      }
    }
    throw new AssertionError("no ConfigMap in ops/k8s/" + role + ".yaml");
  }
}
