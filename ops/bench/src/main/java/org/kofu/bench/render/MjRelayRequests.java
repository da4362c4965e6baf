package org.kofu.bench.render;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.kofu.bench.options.BenchDatabase;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.legacy.koseki.KosekiReader;
import org.kofu.core.legacy.madoguchi.MadoguchiReader;
import org.kofu.core.render.CertificateProperties;
import org.kofu.core.render.CertificateRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The requests of {@code ops/bench/relay-memory}: the render bench's mix of N residents, its MJ
 * certificates and their partners ({@link MjPartners}), and one of the two sets asked of a relay
 * over its loopback plain-HTTP listener, as the center would ask (the contract's certificate
 * request), in {@code --passes} passes. Prints the answers by status; exits 1 when one is neither a
 * certificate nor a 422 refusal (a restricted person).
 */
@Command(name = "relay-memory-requests", description = "MJ certificates or partners to a relay")
public final class MjRelayRequests implements Callable<Integer> {

  @Option(names = "--residents", paramLabel = "N")
  int residents = 3_000;

  @Option(names = "--set", required = true, description = "mj or partners")
  String set;

  @Option(names = "--url", required = true, description = "the relay's plain-HTTP listener")
  URI url;

  @Option(names = "--passes", paramLabel = "N")
  int passes = 2;

  @Mixin BenchDatabase database;

  @Override
  public Integer call() throws Exception {
    List<CertificateSubject> subjects;
    Map<Long, String> codes;
    try (HikariDataSource db = database.readPool("jdbc:postgresql://127.0.0.1:5432/kofu_bench")) {
      CertificateContentAssembler assembler =
          new CertificateContentAssembler(new MadoguchiReader(db), new KosekiReader(db));
      List<CertificateContent> contents = SubjectMix.contents(db, assembler, residents);
      CertificateRenderer renderer =
          new CertificateRenderer(
              CertificateProperties.defaults(), Clock.system(ZoneId.of("Asia/Tokyo")));
      MjPartners pairs = MjPartners.of(contents, c -> renderer.render(c).pageCount());
      System.out.println("relay-memory requests: " + pairs.describe());
      subjects =
          ("mj".equals(set) ? pairs.mj() : pairs.partners())
              .stream().map(CertificateContent::subject).toList();
      codes =
          JdbcClient.create(db)
              .sql("SELECT atena_no, juminhyo_code FROM madoguchi.jumin")
              .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
              .list()
              .stream()
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    Map<Integer, Integer> byStatus = new TreeMap<>();
    int n = 0;
    for (int pass = 0; pass < passes; pass++) {
      for (CertificateSubject subject : subjects) {
        String code = codes.get(((PersonRef.Resident) subject.person()).atenaNo());
        HttpRequest request =
            HttpRequest.newBuilder(url.resolve("/jlis/v1/certificates"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(subject, code, n++)))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        byStatus.merge(status, 1, Integer::sum);
      }
    }
    System.out.printf(
        "relay-memory requests: %s set, %d certificates × %d passes, answers by status %s%n",
        set, subjects.size(), passes, byStatus);
    return byStatus.keySet().stream().allMatch(s -> s == 200 || s == 422) ? 0 : 1;
  }

  private String body(CertificateSubject subject, String juminhyoCode, int n) {
    return ("{\"requestId\":\"mem-%s-%d-%d\",\"municipalityCode\":\"012025\","
            + "\"juminhyoCode\":\"%s\",\"certificateType\":\"%s\",\"options\":%s,\"copies\":1,"
            + "\"kioskId\":\"bench-memory-01\",\"requestedAt\":\"%s\"}")
        .formatted(
            set,
            ProcessHandle.current().pid(),
            n,
            juminhyoCode,
            subject.type(),
            options(subject.type(), subject.options()),
            OffsetDateTime.now(ZoneId.of("Asia/Tokyo")));
  }

  /** The contract's {@code options} object of {@code options}. */
  static String options(CertificateType type, CertificateOptions options) {
    if (options == null) {
      return "{}";
    }
    CertificateOptions o = options.normalizedFor(type);
    return switch (type) {
      case JUMINHYO, JUMINHYO_KISAI ->
          "{\"scope\":\"%s\",\"householder\":%s,\"honseki\":%s,\"myNumber\":%s}"
              .formatted(o.scope(), o.householder(), o.honseki(), o.myNumber());
      case KOSEKI_FUHYO -> "{\"scope\":\"%s\"}".formatted(o.scope());
      case SHOTOKU_KAZEI, SHOTOKU, KAZEI ->
          o.fiscalYear() == null ? "{}" : "{\"fiscalYear\":%d}".formatted(o.fiscalYear());
      case INKAN, KOSEKI_ZENBU, KOSEKI_KOJIN -> "{}";
    };
  }
}
