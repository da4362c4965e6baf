package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 23 in the production examples (ops/deploy, ops/k8s): the relay serves only the center's
 * configured certificate and reads the CA's revocation list; relay and batch name the city's mayor
 * (a placeholder the node refuses until replaced) and seal, never the demo's; nothing there is the
 * embedded default. ./ops/start configures the dev center certificate make-dev-ca issues.
 */
class ProductionSafetyTests {

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

  private static Map<String, JsonNode> examples(String role) throws IOException {
    return Map.of("ops/deploy/" + role, deploy(role), "ops/k8s/" + role, k8s(role));
  }

  @Test
  void theRelayServesOnlyTheCentersCertificateAndReadsTheRevocationList() throws IOException {
    for (var example : examples("relay").entrySet()) {
      JsonNode center = example.getValue().at("/kofu/relay/center");
      assertThat(center.path("subjects").size() + center.path("fingerprints").size())
          .as(example.getKey() + ": the center's certificate named")
          .isPositive();
      assertThat(center.path("crl").asText()).as(example.getKey()).startsWith("/etc/kofu/");
      assertThat(example.getValue().at("/server/ssl/client-auth").asText())
          .as(example.getKey())
          .isEqualTo("need");
    }
  }

  @Test
  void theAdminServesHttpsWithSecureSessionCookiesToTheOfficeOnly() throws IOException {
    for (var example : examples("admin").entrySet()) {
      JsonNode config = example.getValue();
      String bundle = config.at("/server/ssl/bundle").asText();
      assertThat(bundle).as(example.getKey() + ": HTTPS").isNotEmpty();
      assertThat(config.at("/spring/ssl/bundle/jks/" + bundle + "/keystore/location").asText())
          .as(example.getKey())
          .startsWith("file:/");
      JsonNode cookie = config.at("/server/servlet/session/cookie");
      assertThat(cookie.path("secure").asBoolean()).as(example.getKey()).isTrue();
      assertThat(cookie.path("http-only").asBoolean()).as(example.getKey()).isTrue();
      assertThat(cookie.path("same-site").asText()).as(example.getKey()).isEqualTo("strict");
      assertThat(config.at("/kofu/admin/allowed-networks").asText())
          .as(example.getKey() + ": the office's range, not every private one")
          .isEqualTo("10.10.5.0/24");
      assertThat(config.at("/kofu/admin/trusted-proxies").isEmpty())
          .as(example.getKey() + ": no forwarding header believed")
          .isTrue();
      assertThat(config.at("/server/forward-headers-strategy").asText("none"))
          .as(example.getKey() + ": the admin's own none is kept")
          .isEqualTo("none");
    }
  }

  @Test
  void cacheMembersListenOnTheirOwnInterfaceOnly() throws IOException {
    assertThat(deploy("cache-member").at("/kofu/cache/member/bind-interface").asText())
        .as("ops/deploy: the host's cache-network address")
        .matches("10\\.20\\.0\\.\\d+");
    JsonNode statefulSet =
        Repo.yamlDocuments(Repo.path("ops/k8s/cache-member.yaml")).stream()
            .filter(d -> d.path("kind").asText().equals("StatefulSet"))
            .findFirst()
            .orElseThrow();
    JsonNode bind = null;
    for (JsonNode env : statefulSet.at("/spec/template/spec/containers/0/env")) {
      if (env.path("name").asText().equals("KOFU_CACHE_MEMBER_BIND_INTERFACE")) {
        bind = env;
      }
    }
    assertThat(bind).as("ops/k8s: the member binds the pod's address").isNotNull();
    assertThat(bind.at("/valueFrom/fieldRef/fieldPath").asText()).isEqualTo("status.podIP");
    assertThat(Files.readString(Repo.path("ops/start")))
        .contains("--kofu.cache.member.bind-interface=127.0.0.1");
  }

  @Test
  void relayAndBatchNameTheCitysMayorAndSealNotTheDemos() throws IOException {
    for (String role : new String[] {"relay", "batch"}) {
      for (var example : examples(role).entrySet()) {
        JsonNode certificate = example.getValue().at("/kofu/certificate");
        assertThat(certificate.path("mayor-name").asText())
            .as(example.getKey() + ": a placeholder the node refuses until replaced")
            .matches("<[^>]+>")
            .doesNotContain("山田");
        assertThat(certificate.path("seal-image").asText())
            .as(example.getKey())
            .startsWith("/")
            .doesNotContain("demo");
      }
    }
  }

  @Test
  void noProductionExampleIsTheEmbeddedDefault() throws IOException {
    for (String folder : new String[] {"ops/deploy", "ops/k8s"}) {
      for (Path file : Repo.files(folder)) {
        if (file.toString().endsWith(".md")) {
          continue; // the READMEs say not to
        }
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).doesNotContain("embedded-default", "AUTO_SERVER");
      }
    }
  }

  @Test
  void opsStartConfiguresTheDevCenterCertificateMakeDevCaIssues() throws IOException {
    String start = Files.readString(Repo.path("ops/start"));
    String ca = Files.readString(Repo.path("ops/tls/make-dev-ca"));
    assertThat(ca).contains("issue center \"CN=jlis center\"", "-gencrl");
    assertThat(start)
        .contains("'--kofu.relay.center.subjects[0]=CN=jlis center'")
        .contains("--kofu.relay.center.crl=$data/tls/crl.pem")
        .contains("--kofu.embedded-default=true");
  }
}
