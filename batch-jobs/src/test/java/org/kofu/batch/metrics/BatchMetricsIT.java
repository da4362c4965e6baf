package org.kofu.batch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kofu.batch.testing.BatchTestBed;
import org.kofu.batch.testing.Jobs;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A batch node answers {@code /actuator/prometheus} over HTTP with every metric ops/monitoring
 * lists for it; the delta lag follows the change journal and the failed-job count the repository.
 */
class BatchMetricsIT {

  static BatchTestBed bed;
  static ConfigurableApplicationContext node;

  @BeforeAll
  static void start() throws Exception {
    bed = new BatchTestBed(30, 1, 1);
    node = bed.node();
  }

  @AfterAll
  static void stop() throws Exception {
    bed.close();
  }

  @Test
  void exportsDeltaLagAndFailedJobsOverHttp() throws Exception {
    assertThat(Jobs.run(node, "deltaPregeneration", Jobs.now()).getStatus())
        .isEqualTo(BatchStatus.COMPLETED);
    assertThat(value(scrape(), "kofu_batch_delta_lag_seconds", "source=\"MADOGUCHI\""))
        .isEqualTo(0.0);
    // Spring Batch's active-jobs timer, by job name (the duplicate that Prometheus refused is gone)
    assertThat(scrape())
        .containsPattern(
            "(?m)^spring_batch_job_active_seconds\\w*\\{.*"
                + "spring_batch_job_name=\"deltaPregeneration\"");

    long atena =
        new JdbcTemplate(bed.legacyWriter())
            .queryForObject("SELECT MIN(atena_no) FROM madoguchi.jumin", Long.class);
    new JdbcTemplate(bed.legacyWriter())
        .update("UPDATE madoguchi.jumin SET katagaki = 'B棟202' WHERE atena_no = ?", atena);
    Thread.sleep(1_100);
    assertThat(value(scrape(), "kofu_batch_delta_lag_seconds", "source=\"MADOGUCHI\""))
        .isGreaterThanOrEqualTo(1.0);

    assertThat(value(scrape(), "kofu_batch_jobs_failed", "batch_job=\"purge\"")).isEqualTo(0.0);
    JobRepository repository = node.getBean(JobRepository.class);
    JobExecution failed =
        repository.createJobExecution(
            "purge", new JobParametersBuilder().addLong("metricsTest", 1L).toJobParameters());
    failed.setStatus(BatchStatus.FAILED);
    failed.setEndTime(LocalDateTime.now());
    repository.update(failed);
    assertThat(value(scrape(), "kofu_batch_jobs_failed", "batch_job=\"purge\"")).isEqualTo(1.0);

    String scrape = scrape();
    for (String name : exportedNames()) {
      assertThat(scrape).as(name).containsPattern("(?m)^" + name + "[{ ]");
    }
  }

  private static String scrape() throws Exception {
    String port = node.getEnvironment().getProperty("local.server.port");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static double value(String scrape, String name, String label) {
    Matcher matcher =
        Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*} (\\S+)$")
            .matcher(scrape);
    assertThat(matcher.find()).as(name + " " + label).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  private static List<String> exportedNames() throws Exception {
    return Files.readAllLines(Path.of("..", "ops", "monitoring", "metrics", "batch.txt")).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }
}
