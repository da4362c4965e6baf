package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kofu.projectdb.service.ServiceCalendar;

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
  void theRelaysCanaryIsRequiredWithATestPersonPerTypeAndAClientCertificateOfItsOwn()
      throws IOException {
    for (var example : examples("relay").entrySet()) {
      JsonNode config = example.getValue();
      JsonNode canary = config.at("/kofu/relay/canary");
      String name = example.getKey();
      assertThat(canary.path("mode").asText("REQUIRED")).as(name).isEqualTo("REQUIRED");
      List<String> types = new ArrayList<>();
      canary.path("persons").fieldNames().forEachRemaining(types::add);
      assertThat(types)
          .as(name + ": a test person per type")
          .containsExactlyElementsOf(ServiceCalendar.CERTIFICATE_TYPES);
      canary
          .path("persons")
          .forEach(
              person ->
                  assertThat(person.asText())
                      .as(name + ": the city's test person, a placeholder to fill")
                      .matches("<[^>]+>"));
      // through the node's own public listener, with a client certificate of its own
      // (ops/deploy names the node with a placeholder, which is no URI yet)
      assertThat(canary.path("url").asText())
          .as(name)
          .matches("https://[^:/]+:" + config.at("/server/port").asInt() + "/?");
      String bundle = canary.path("client-bundle").asText();
      assertThat(bundle)
          .as(name)
          .isNotEmpty()
          .isNotEqualTo(config.at("/server/ssl/bundle").asText());
      JsonNode jks = config.at("/spring/ssl/bundle/jks/" + bundle);
      assertThat(jks.at("/keystore/location").asText())
          .as(name)
          .startsWith("file:/")
          .endsWith(".p12");
      assertThat(jks.at("/truststore/location").asText()).as(name).startsWith("file:/");
      assertThat(config.at("/kofu/relay/center/subjects").toString())
          .as(name + ": the canary's certificate is one the relay serves")
          .contains("canary");
    }
  }

  @Test
  void aKubernetesRelaysCanaryReachesItsOwnPodWithItsCertificateFromTheSecret() throws IOException {
    JsonNode config = k8s("relay");
    String host = URI.create(config.at("/kofu/relay/canary/url").asText()).getHost();
    JsonNode deployment =
        Repo.yamlDocuments(Repo.path("ops/k8s/relay.yaml")).stream()
            .filter(d -> d.path("kind").asText().equals("Deployment"))
            .findFirst()
            .orElseThrow();
    List<String> ownNames = new ArrayList<>();
    for (JsonNode alias : deployment.at("/spec/template/spec/hostAliases")) {
      if (alias.path("ip").asText().equals("127.0.0.1")) {
        alias.path("hostnames").forEach(h -> ownNames.add(h.asText()));
      }
    }
    assertThat(ownNames).as("the canary URL's host is the pod itself").contains(host);

    String bundle = config.at("/kofu/relay/canary/client-bundle").asText();
    JsonNode jks = config.at("/spring/ssl/bundle/jks/" + bundle);
    String manifest = Files.readString(Repo.path("ops/k8s/relay.yaml"));
    String readme = Files.readString(Repo.path("ops/k8s/README.md"));
    for (String store : new String[] {"keystore", "truststore"}) {
      String file = jks.at("/" + store + "/location").asText().replace("file:", "");
      assertThat(file).as("in the Secret's mount").startsWith("/run/secrets/kofu/");
      String key = file.substring("/run/secrets/kofu/".length());
      String password = "spring.ssl.bundle.jks." + bundle + "." + store + ".password";
      assertThat(manifest).as("the Secret's files listed").contains(key, password);
      assertThat(readme).as("the Secret's files created").contains("--from-file=" + key, password);
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
