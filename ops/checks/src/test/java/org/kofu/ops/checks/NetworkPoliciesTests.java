package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ops/k8s/network-policies.yaml (issue 23): each policy selects the pods of a workload of ops/k8s
 * by their template's labels, and lets in only who the issue names, on the container's own ports:
 * the admin from the office's range (the one its configuration allows), the relay from the
 * center's, the cache members from the project's pods, management ports from Prometheus; the rest
 * of the namespace is denied. Schema validity: {@link KubernetesManifestsTests}.
 */
class NetworkPoliciesTests {

  private static final Map<String, JsonNode> POLICIES = new HashMap<>();
  private static final Map<String, JsonNode> POD_LABELS = new HashMap<>();
  private static final Map<String, JsonNode> CONTAINER_PORTS = new HashMap<>();
  private static final JsonNode MONITORING =
      Repo.YAML.valueToTree(Map.of("kubernetes.io/metadata.name", "monitoring"));

  @BeforeAll
  static void readManifests() throws IOException {
    for (Path file : Repo.files("ops/k8s")) {
      if (!file.toString().endsWith(".yaml")) {
        continue;
      }
      for (JsonNode document : Repo.yamlDocuments(file)) {
        String kind = document.path("kind").asText();
        String name = document.at("/metadata/name").asText();
        if (kind.equals("NetworkPolicy")) {
          assertThat(document.path("apiVersion").asText()).isEqualTo("networking.k8s.io/v1");
          POLICIES.put(name, document);
        } else if (kind.equals("Deployment") || kind.equals("StatefulSet")) {
          POD_LABELS.put(name, document.at("/spec/template/metadata/labels"));
          CONTAINER_PORTS.put(name, document.at("/spec/template/spec/containers/0/ports"));
        }
      }
    }
  }

  @Test
  void theNamespaceDeniesEverythingNotAllowedBelow() {
    JsonNode deny = POLICIES.get("kofu-default-deny");
    assertThat(deny.at("/spec/podSelector").isEmpty()).isTrue();
    assertThat(deny.at("/spec/policyTypes").toString()).isEqualTo("[\"Ingress\"]");
    assertThat(deny.at("/spec/ingress").isMissingNode()).isTrue();
  }

  @Test
  void everyWorkloadHasItsPolicySelectingItsPods() {
    assertThat(POD_LABELS).hasSize(4);
    for (var workload : POD_LABELS.entrySet()) {
      JsonNode policy = POLICIES.get(workload.getKey());
      assertThat(policy).as(workload.getKey()).isNotNull();
      assertThat(policy.at("/spec/podSelector/matchLabels"))
          .as(workload.getKey())
          .isEqualTo(workload.getValue());
      for (JsonNode rule : policy.at("/spec/ingress")) {
        // a rule without "from" or "ports" would let anyone in, or on any port
        assertThat(rule.path("from").size()).as(workload.getKey()).isPositive();
        assertThat(rule.path("ports").size()).as(workload.getKey()).isPositive();
      }
    }
  }

  @Test
  void theAdminOnlyFromTheOfficeItsConfigurationAllows() throws IOException {
    JsonNode configured = configMap("admin").at("/kofu/admin/allowed-networks");
    assertThat(sources("kofu-admin", port("kofu-admin", "https")))
        .containsExactly("ipBlock " + configured.asText());
  }

  @Test
  void theRelayOnlyFromTheCenter() {
    assertThat(sources("kofu-relay", port("kofu-relay", "https")))
        .singleElement()
        .satisfies(source -> assertThat(source).matches("ipBlock [0-9.]+/\\d+"));
  }

  @Test
  void cacheMembersOnlyFromTheProjectsPods() {
    Set<String> expected = new HashSet<>();
    POD_LABELS.values().forEach(labels -> expected.add("pods " + labels));
    assertThat(sources("kofu-cache-member", port("kofu-cache-member", "hazelcast")))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void managementPortsOnlyFromMonitoring() {
    for (String workload : POD_LABELS.keySet()) {
      assertThat(sources(workload, port(workload, "management")))
          .as(workload)
          .containsExactly("namespace " + MONITORING);
    }
  }

  @Test
  void noPolicyOpensAPortTheContainerDoesNotHave() {
    for (String workload : POD_LABELS.keySet()) {
      Set<Integer> declared = new HashSet<>();
      CONTAINER_PORTS.get(workload).forEach(p -> declared.add(p.path("containerPort").asInt()));
      for (JsonNode rule : POLICIES.get(workload).at("/spec/ingress")) {
        rule.path("ports")
            .forEach(
                p -> {
                  assertThat(p.path("protocol").asText()).isEqualTo("TCP");
                  assertThat(declared).as(workload).contains(p.path("port").asInt());
                });
      }
    }
  }

  /** Who may reach {@code port} of the workload's pods, one string per peer. */
  private static List<String> sources(String workload, int port) {
    List<String> sources = new ArrayList<>();
    for (JsonNode rule : POLICIES.get(workload).at("/spec/ingress")) {
      boolean coversPort = false;
      for (JsonNode p : rule.path("ports")) {
        coversPort |= p.path("port").asInt() == port;
      }
      if (!coversPort) {
        continue;
      }
      for (JsonNode peer : rule.path("from")) {
        assertThat(peer.size()).as("one kind of peer per entry").isEqualTo(1);
        if (peer.has("ipBlock")) {
          assertThat(peer.at("/ipBlock/except").isMissingNode()).isTrue();
          sources.add("ipBlock " + peer.at("/ipBlock/cidr").asText());
        } else if (peer.has("podSelector")) {
          sources.add("pods " + peer.at("/podSelector/matchLabels"));
        } else {
          sources.add("namespace " + peer.at("/namespaceSelector/matchLabels"));
        }
      }
    }
    return sources;
  }

  private static int port(String workload, String name) {
    for (JsonNode p : CONTAINER_PORTS.get(workload)) {
      if (p.path("name").asText().equals(name)) {
        return p.path("containerPort").asInt();
      }
    }
    throw new AssertionError(workload + " has no port " + name);
  }

  private static JsonNode configMap(String role) throws IOException {
    for (JsonNode document : Repo.yamlDocuments(Repo.path("ops/k8s/" + role + ".yaml"))) {
      if (document.path("kind").asText().equals("ConfigMap")) {
        return Repo.YAML.readTree(document.at("/data/application.yml").asText());
      }
    }
    throw new AssertionError("no ConfigMap in ops/k8s/" + role + ".yaml");
  }
}
