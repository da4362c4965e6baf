package org.kofu.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and the dashboard use only metrics some role exports: the names listed in
 * ops/monitoring/metrics/*.txt, each list proved by that role's test (CacheMemberProcessIT, relay's
 * PrometheusMetricsIT, admin's PrometheusMetricsIT, BatchMetricsIT). Every alert the issue asks for
 * exists, and each names a runbook section that exists in the operations manual.
 */
class AlertRulesTests {

  /** PromQL words that look like metric names. */
  private static final Set<String> PROMQL =
      Set.of(
          "sum",
          "min",
          "max",
          "avg",
          "count",
          "rate",
          "irate",
          "increase",
          "time",
          "abs",
          "absent",
          "histogram_quantile",
          "and",
          "or",
          "unless",
          "bool",
          "offset",
          "topk",
          "bottomk",
          "delta",
          "deriv",
          "clamp_min",
          "clamp_max",
          "vector",
          "scalar");

  /** Series Prometheus makes itself. */
  private static final Set<String> BUILT_IN = Set.of("up", "scrape_duration_seconds");

  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

  static Set<String> metricNames(String expr) {
    String stripped =
        expr.replaceAll("\"[^\"]*\"", "\"\"")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
    Set<String> names = new TreeSet<>();
    Matcher matcher = IDENTIFIER.matcher(stripped);
    while (matcher.find()) {
      String name = matcher.group();
      String rest = stripped.substring(matcher.end()).stripLeading();
      if (PROMQL.contains(name) || rest.startsWith("(")) {
        continue;
      }
      names.add(name);
    }
    return names;
  }

  static Set<String> exported() throws IOException {
    Set<String> exported = new TreeSet<>(BUILT_IN);
    for (Path list : Repo.files("ops/monitoring/metrics")) {
      exported.addAll(Repo.metricNames(list));
    }
    return exported;
  }

  private static List<JsonNode> rules() throws IOException {
    List<JsonNode> rules = new ArrayList<>();
    JsonNode root = Repo.YAML.readTree(Repo.path("ops/monitoring/kofu-alerts.yml").toFile());
    root.path("groups").forEach(group -> group.path("rules").forEach(rules::add));
    return rules;
  }

  @Test
  void theNameExtractionFindsMetricsOnly() {
    assertThat(
            metricNames(
                "sum(rate(http_server_requests_seconds_count{job=\"kofu-relay\",status=~\"5..\"}[5m]))"
                    + " / max by (chain) (kofu_chain_intact) > 0 and time() - up"))
        .containsExactly("http_server_requests_seconds_count", "kofu_chain_intact", "up");
  }

  @Test
  void everyMetricAnAlertUsesIsExportedByARole() throws IOException {
    Set<String> exported = exported();
    List<String> missing = new ArrayList<>();
    for (JsonNode rule : rules()) {
      for (String name : metricNames(rule.path("expr").asText())) {
        if (!exported.contains(name)) {
          missing.add(rule.path("alert").asText() + ": " + name);
        }
      }
    }
    assertThat(rules()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(missing).isEmpty();
  }

  @Test
  void theIssuesAlertsExistWithSeverityAndARunbookSectionInTheManual() throws IOException {
    String manual = Files.readString(Repo.path("docs/operations.ja.md"));
    Set<String> alerts = new TreeSet<>();
    for (JsonNode rule : rules()) {
      String alert = rule.path("alert").asText();
      alerts.add(alert);
      assertThat(rule.at("/labels/severity").asText()).as(alert).isIn("warning", "critical");
      assertThat(rule.at("/annotations/summary").asText()).as(alert).isNotBlank();
      String runbook = rule.at("/annotations/runbook").asText();
      assertThat(runbook).as(alert).startsWith("docs/operations.ja.md#");
      String anchor = runbook.substring(runbook.indexOf('#') + 1);
      assertThat(manual).as(alert + " runbook").contains("<a id=\"" + anchor + "\"></a>");
    }
    // failed jobs, delta lag, cache member loss, error rates, a broken chain
    assertThat(alerts)
        .contains(
            "KofuBatchJobFailed",
            "KofuDeltaLag",
            "KofuCacheMemberLost",
            "KofuRelayErrorRate",
            "KofuChainBroken");
  }

  @Test
  void aSingleServedBodyRefusalRaisesACriticalAlert() throws IOException {
    JsonNode rule =
        rules().stream()
            .filter(r -> r.path("alert").asText().equals("KofuServedBodyRefused"))
            .findFirst()
            .orElseThrow();
    assertThat(metricNames(rule.path("expr").asText()))
        .containsExactly("kofu_relay_served_body_refused_total");
    assertThat(rule.path("expr").asText()).contains("increase(").endsWith("> 0");
    // no pending period: the first refusal fires it
    assertThat(rule.has("for")).isFalse();
    assertThat(rule.at("/labels/severity").asText()).isEqualTo("critical");
  }

  private static JsonNode rule(String alert) throws IOException {
    return rules().stream()
        .filter(r -> r.path("alert").asText().equals(alert))
        .findFirst()
        .orElseThrow();
  }

  /** Issue 27: refused client handshakes at the relay raise an alert from the first one. */
  @Test
  void aClientRefusedInTheTlsHandshakeRaisesAnAlert() throws IOException {
    JsonNode rule = rule("KofuRelayHandshakeRefused");
    String expr = rule.path("expr").asText();

    assertThat(metricNames(expr)).containsOnly("kofu_relay_tls_handshake_refused_total");
    assertThat(expr).contains("increase(").contains("no-certificate|untrusted");
    assertThat(rule.has("for")).isFalse();
  }

  /** Issue 27: unusual issuance per kiosk and per person, not only a daily total. */
  @Test
  void unusualIssuanceAtOneKioskOrToOnePersonRaisesAnAlert() throws IOException {
    assertThat(metricNames(rule("KofuUnusualKioskIssuance").path("expr").asText()))
        .containsExactly("kofu_issuance_kiosks_over_threshold");
    assertThat(metricNames(rule("KofuUnusualPersonIssuance").path("expr").asText()))
        .containsExactly("kofu_issuance_persons_over_threshold");
    assertThat(rule("KofuUnusualPersonIssuance").path("expr").asText()).endsWith("> 0");
  }

  @Test
  void aRelayThatDoesNotReachTheCacheRaisesAnAlert() throws IOException {
    JsonNode rule =
        rules().stream()
            .filter(r -> r.path("alert").asText().equals("KofuCacheDisconnected"))
            .findFirst()
            .orElseThrow();
    assertThat(metricNames(rule.path("expr").asText())).containsExactly("kofu_cache_connected");
    assertThat(rule.path("expr").asText()).endsWith("== 0");
    assertThat(rule.at("/annotations/runbook").asText())
        .isEqualTo("docs/operations.ja.md#alert-cache-disconnected");
  }

  @Test
  void moreUnprintablePersonsThanAWeekAgoRaisesAWarningPerSystem() throws IOException {
    JsonNode rule =
        rules().stream()
            .filter(r -> r.path("alert").asText().equals("KofuUnprintablePersonsGrew"))
            .findFirst()
            .orElseThrow();
    String expr = rule.path("expr").asText();
    assertThat(metricNames(expr)).containsExactly("kofu_unprintable_persons");
    // every batch node reports the same scan: one series per system, compared over the week
    assertThat(expr)
        .contains("max by (system)", "delta(kofu_unprintable_persons[7d])")
        .endsWith("> 0");
    assertThat(rule.at("/labels/severity").asText()).isEqualTo("warning");
  }

  @Test
  void theDashboardQueriesExportedMetrics() throws IOException {
    Set<String> exported = exported();
    JsonNode dashboard =
        new ObjectMapper().readTree(Repo.path("ops/monitoring/grafana-dashboard.json").toFile());
    List<String> missing = new ArrayList<>();
    int queries = 0;
    for (JsonNode panel : dashboard.path("panels")) {
      for (JsonNode target : panel.path("targets")) {
        queries++;
        for (String name : metricNames(target.path("expr").asText())) {
          if (!exported.contains(name)) {
            missing.add(panel.path("title").asText() + ": " + name);
          }
        }
      }
    }
    assertThat(queries).isGreaterThanOrEqualTo(10);
    assertThat(missing).isEmpty();
  }

  @Test
  void prometheusScrapesEveryRoleAndLoadsTheRules() throws IOException {
    JsonNode config = Repo.YAML.readTree(Repo.path("ops/monitoring/prometheus.yml").toFile());
    assertThat(config.path("rule_files").get(0).asText()).isEqualTo("kofu-alerts.yml");
    Set<String> jobs = new TreeSet<>();
    config
        .path("scrape_configs")
        .forEach(
            job -> {
              jobs.add(job.path("job_name").asText());
              assertThat(job.path("metrics_path").asText()).isEqualTo("/actuator/prometheus");
            });
    assertThat(jobs).containsExactly("kofu-admin", "kofu-batch", "kofu-cache-member", "kofu-relay");
  }
}
