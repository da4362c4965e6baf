package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ops/deploy has, per role, a systemd unit running the jar the build makes, as a dedicated user
 * with hardening and a restart policy, and an example configuration with a management port and
 * rolling log files.
 */
class DeployLayoutTests {

  /** role → the jar its module builds (finalName, classifier). */
  private static final Map<String, String> JARS =
      Map.of(
          "cache-member", "kofu-cache-member-exec.jar",
          "relay", "kofu-relay.jar",
          "batch", "kofu-batch-exec.jar",
          "admin", "vaadin-admin.jar");

  private static final Map<String, String> MODULES =
      Map.of(
          "cache-member", "cache-cluster",
          "relay", "relay-server",
          "batch", "batch-jobs",
          "admin", "vaadin-admin");

  @Test
  void everyRoleHasAHardenedUnitRunningItsJar() throws IOException {
    for (var role : JARS.entrySet()) {
      String unit =
          Files.readString(
              Repo.path("ops/deploy/" + role.getKey() + "/kofu-" + role.getKey() + ".service"));
      assertThat(unit).as(role.getKey()).contains("-jar /opt/kofu/" + role.getValue());
      assertThat(unit)
          .contains("User=kofu", "Restart=on-failure", "NoNewPrivileges=yes")
          .contains("ProtectSystem=strict", "PrivateTmp=yes", "CapabilityBoundingSet=\n");
      String pom = Files.readString(Repo.path(MODULES.get(role.getKey()) + "/pom.xml"));
      String base = role.getValue().replace("-exec.jar", "").replace(".jar", "");
      assertThat(pom).as(role.getKey() + " builds " + role.getValue()).contains(base);
    }
  }

  @Test
  void everyRoleHasAManagementPortAndRollingLogs() throws IOException {
    String health = Files.readString(Repo.path("ops/deploy/check-health"));
    for (String role : JARS.keySet()) {
      JsonNode config =
          Repo.YAML.readTree(Repo.path("ops/deploy/" + role + "/application.yml").toFile());
      JsonNode management = config.at("/management/server/port");
      int port =
          management.isMissingNode() ? config.at("/server/port").asInt() : management.asInt();
      assertThat(port).as(role).isPositive();
      assertThat(health).contains(role + "=http://127.0.0.1:" + port);
      assertThat(config.at("/logging/file/name").asText()).startsWith("/var/log/kofu/");
      assertThat(config.at("/logging/logback/rollingpolicy/max-history").asInt()).isPositive();
      assertThat(config.at("/logging/logback/rollingpolicy/total-size-cap").asText()).isNotBlank();
    }
  }
}
