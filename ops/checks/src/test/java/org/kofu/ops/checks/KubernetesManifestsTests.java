package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every document under ops/k8s validates against the Kubernetes 1.30 API schema (vendored from
 * fabric8 kubernetes-model 6.13.4, made strict here: an unknown field fails, as in {@code kubectl
 * --validate=strict}), has the right apiVersion and kind, probes the actuator health groups, and
 * holds no Secret with values.
 */
class KubernetesManifestsTests {

  private static final String SCHEMA =
      "/k8s-schema/fabric8-kubernetes-model-apps-6.13.4-validation-schema.json";
  private static final String NETWORKING_SCHEMA =
      "/k8s-schema/fabric8-kubernetes-model-networking-6.13.4-validation-schema.json";
  private static final Map<String, String> DEFINITION =
      Map.of(
          "Deployment", "kubernetes_apps_Deployment",
          "StatefulSet", "kubernetes_apps_StatefulSet",
          "Service", "kubernetes_core_Service",
          "ConfigMap", "kubernetes_core_ConfigMap",
          "Namespace", "kubernetes_core_Namespace",
          "NetworkPolicy", "kubernetes_networking_v1_NetworkPolicy");
  private static final Map<String, String> API_VERSION =
      Map.of(
          "Deployment", "apps/v1",
          "StatefulSet", "apps/v1",
          "Service", "v1",
          "ConfigMap", "v1",
          "Namespace", "v1",
          "NetworkPolicy", "networking.k8s.io/v1");

  private static ObjectNode schema;
  private static ObjectNode networkingSchema;

  @BeforeAll
  static void loadSchemas() throws Exception {
    schema = load(SCHEMA);
    networkingSchema = load(NETWORKING_SCHEMA);
  }

  private static ObjectNode load(String resource) throws Exception {
    ObjectNode schema;
    try (InputStream in = KubernetesManifestsTests.class.getResourceAsStream(resource)) {
      schema = (ObjectNode) new ObjectMapper().readTree(in);
    }
    ObjectNode definitions = (ObjectNode) schema.get("definitions");
    definitions.properties().forEach(entry -> makeStrict((ObjectNode) entry.getValue()));
    // as in the Kubernetes OpenAPI: a port or percentage is a number or a string; so is a quantity
    for (String name : List.of("IntOrString", "Quantity")) {
      definitions.properties().stream()
          .filter(entry -> entry.getKey().endsWith("_" + name))
          .forEach(
              entry -> {
                ObjectNode replaced = definitions.objectNode();
                replaced.putArray("type").add("integer").add("string").add("number");
                entry.setValue(replaced);
              });
    }
    return schema;
  }

  private static void makeStrict(ObjectNode definition) {
    if (definition.has("properties") && definition.path("additionalProperties").isBoolean()) {
      definition.put("additionalProperties", false);
    }
    dropDraft3Required(definition);
  }

  /** fabric8 marks apiVersion and kind {@code "required": true} (draft 3); checked separately. */
  private static void dropDraft3Required(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.path("required").isBoolean()) {
        object.remove("required");
      }
      if (object.path("id").isTextual()) {
        object.remove("id");
      }
      object.forEach(KubernetesManifestsTests::dropDraft3Required);
    } else if (node.isArray()) {
      node.forEach(KubernetesManifestsTests::dropDraft3Required);
    }
  }

  private static JsonSchema schemaFor(String kind) {
    ObjectNode root = (kind.equals("NetworkPolicy") ? networkingSchema : schema).deepCopy();
    // fabric8's root carries draft-4 "id" and its own "$module"/"resources": not draft-7 keywords
    for (String key : List.of("properties", "additionalProperties", "id", "$module", "resources")) {
      root.remove(key);
    }
    root.put("$ref", "#/definitions/" + DEFINITION.get(kind));
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root);
  }

  @Test
  void everyManifestValidatesAgainstTheKubernetesSchema() throws Exception {
    List<String> problems = new ArrayList<>();
    int documents = 0;
    for (Path file : Repo.files("ops/k8s")) {
      if (!file.toString().endsWith(".yaml")) {
        continue;
      }
      for (JsonNode document : Repo.yamlDocuments(file)) {
        documents++;
        String kind = document.path("kind").asText();
        String where = file.getFileName() + " " + kind + " " + document.at("/metadata/name");
        assertThat(DEFINITION).as(where + ": a kind the check knows").containsKey(kind);
        assertThat(document.path("apiVersion").asText()).as(where).isEqualTo(API_VERSION.get(kind));
        Set<ValidationMessage> errors = schemaFor(kind).validate(document);
        errors.forEach(error -> problems.add(where + ": " + error.getMessage()));
      }
    }
    assertThat(documents).isGreaterThanOrEqualTo(12);
    assertThat(problems).isEmpty();
  }

  @Test
  void theStrictSchemaRejectsAMisspelledField() throws Exception {
    JsonNode deployment =
        Repo.yamlDocuments(Repo.path("ops/k8s/relay.yaml")).stream()
            .filter(d -> d.path("kind").asText().equals("Deployment"))
            .findFirst()
            .orElseThrow();
    ObjectNode broken = deployment.deepCopy();
    ObjectNode container = (ObjectNode) broken.at("/spec/template/spec/containers/0");
    container.set("readinesProbe", container.remove("readinessProbe"));
    assertThat(schemaFor("Deployment").validate(broken)).isNotEmpty();
  }

  @Test
  void workloadsProbeTheActuatorHealthGroupsAndKeepSecretsOut() throws Exception {
    int workloads = 0;
    for (Path file : Repo.files("ops/k8s")) {
      if (!file.toString().endsWith(".yaml")) {
        continue;
      }
      for (JsonNode document : Repo.yamlDocuments(file)) {
        assertThat(document.path("kind").asText()).isNotEqualTo("Secret");
        if (!Set.of("Deployment", "StatefulSet").contains(document.path("kind").asText())) {
          continue;
        }
        workloads++;
        JsonNode container = document.at("/spec/template/spec/containers/0");
        assertThat(container.at("/readinessProbe/httpGet/path").asText())
            .isEqualTo("/actuator/health/readiness");
        assertThat(container.at("/livenessProbe/httpGet/path").asText())
            .isEqualTo("/actuator/health/liveness");
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true))
            .isFalse();
        assertThat(document.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean())
            .isTrue();
      }
    }
    assertThat(workloads).isEqualTo(4);
  }

  @Test
  void cacheMembersDiscoverEachOtherThroughKubernetes() throws Exception {
    JsonNode config =
        Repo.YAML.readTree(
            Repo.yamlDocuments(Repo.path("ops/k8s/cache-member.yaml"))
                .get(0)
                .at("/data/hazelcast.yaml")
                .asText());
    JsonNode join = config.at("/hazelcast/network/join");
    assertThat(join.at("/kubernetes/enabled").asBoolean()).isTrue();
    assertThat(join.at("/kubernetes/service-dns").asText()).startsWith("kofu-cache-hs.");
    assertThat(join.at("/tcp-ip/enabled").asBoolean()).isFalse();
    assertThat(join.at("/multicast/enabled").asBoolean()).isFalse();
  }
}
