package org.kofu.existingsystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.existing.BodyRequest;
import org.kofu.core.existing.ChangedBodies;
import org.kofu.core.existing.CheckedBody;
import org.kofu.core.existing.ExistingSystemCertificates;
import org.kofu.core.existing.ExistingSystemException;
import org.kofu.core.existing.ExistingSystemProperties;
import org.kofu.core.existing.FinishedCertificate;
import org.kofu.core.existing.ForeignBody;
import org.kofu.core.existing.ForeignBodyCheck;
import org.kofu.core.existing.ForeignBodyRefusedException;
import org.kofu.core.existing.ForeignBodyStamper;
import org.kofu.core.existing.HttpExistingSystemCertificates;
import org.kofu.core.existing.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.unit.DataSize;

/** The stand-in over mutual TLS, through the project's adapter, check and stamper. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StandInExistingSystemTests {

  private static final String NUMBER = "012025-261204-000123";
  private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

  @DynamicPropertySource
  static void standIn(DynamicPropertyRegistry registry) {
    registry.add("server.ssl.key-store", () -> StandIn.TLS.resolve("server.p12").toString());
    registry.add("server.ssl.trust-store", () -> StandIn.TLS.resolve("truststore.p12").toString());
    registry.add("spring.datasource.url", () -> StandIn.DB_URL);
    registry.add("spring.datasource.username", () -> "sa");
    registry.add("kofu.stand-in.slowness", () -> "5s");
  }

  @LocalServerPort int port;
  @Autowired Misbehaviour misbehaviour;

  private final ForeignBodyCheck check = new ForeignBodyCheck(new SimpleMeterRegistry());

  @AfterEach
  void behave() {
    misbehaviour.set(Misbehaviour.Mode.NONE);
  }

  @Test
  void aBodyAheadOfTimePassesTheCheckAndReadsItsStampBack() throws Exception {
    BodyRequest request = request(sealHolder(), CertificateType.INKAN);

    ForeignBody body = adapter().body(request, soon());
    CheckedBody checked =
        check.check(
            body, request.subject(), StandIn.currentVersions(body.sourceVersions().keySet()));
    byte[] stamped = new ForeignBodyStamper().stamp(checked, DAY, NUMBER);

    assertThat(text(stamped)).contains("印 鑑 登 録 証 明 書", "令和8年12月4日", NUMBER);
    assertThat(text(body.pdf())).doesNotContain(NUMBER);
  }

  @Test
  void aFinishedCertificateCarriesTheDateAndNumberItWasAskedFor() throws Exception {
    BodyRequest request = request(sealHolder(), CertificateType.JUMINHYO);

    FinishedCertificate finished = adapter().certificate(request, DAY, NUMBER, soon());
    check.check(
        finished, request.subject(), StandIn.currentVersions(finished.sourceVersions().keySet()));

    assertThat(text(finished.pdf())).contains("写し", "令和8年12月4日", NUMBER);
  }

  @Test
  void changedBodiesFollowTheJournal() {
    JdbcTemplate jdbc = new JdbcTemplate(StandIn.DB);
    long seq =
        jdbc.queryForObject(
            "SELECT COALESCE(MAX(seq), 0) FROM madoguchi.change_journal", Long.class);
    long atena = sealHolder()[0];
    jdbc.update("UPDATE madoguchi.jumin SET katagaki = '101号' WHERE atena_no = ?", atena);

    ChangedBodies changed = adapter().changedSince(seq, 10, soon());

    // the seal holder's 住民票 SELF and HOUSEHOLD and 印鑑
    assertThat(changed.bodies())
        .extracting(b -> b.subject().type())
        .containsExactly(CertificateType.JUMINHYO, CertificateType.JUMINHYO, CertificateType.INKAN);
    for (ForeignBody body : changed.bodies()) {
      assertThat(body.subject().person()).isEqualTo(new PersonRef.Resident(atena));
      check.check(body, body.subject(), StandIn.currentVersions(body.sourceVersions().keySet()));
    }
    assertThat(changed.lastSeq()).isGreaterThan(seq);
  }

  @Test
  void garbageStaleAndAnotherPersonsBodiesAreRefusedByKind() {
    BodyRequest request = request(sealHolder(), CertificateType.JUMINHYO);
    Map<Misbehaviour.Mode, Refusal> expected =
        Map.of(
            Misbehaviour.Mode.GARBAGE, Refusal.NOT_PDF,
            Misbehaviour.Mode.STALE, Refusal.VERSIONS_DIFFER,
            Misbehaviour.Mode.OTHER_SUBJECT, Refusal.WRONG_SUBJECT);
    expected.forEach(
        (mode, refusal) -> {
          misbehaviour.set(mode);
          ForeignBody body = adapter().body(request, soon());
          Map<String, Long> now = StandIn.currentVersions(body.sourceVersions().keySet());
          assertThatThrownBy(() -> check.check(body, request.subject(), now))
              .as(mode.name())
              .isInstanceOfSatisfying(
                  ForeignBodyRefusedException.class,
                  e -> assertThat(e.refusal()).isEqualTo(refusal));
        });
  }

  @Test
  void gaijiPrintThroughTheirMappingAndAnUnmappedOneIsRefused() throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(StandIn.DB);
    // two residents who are no seal holders (the other tests use the first): one named with a
    // 外字 mapped to 髙 (U+9AD9), one with U+F8F0, which has no gaiji row
    List<Long> two =
        jdbc.queryForList(
            "SELECT j.atena_no FROM madoguchi.jumin j WHERE j.status = 'ACTIVE' AND NOT EXISTS"
                + " (SELECT 1 FROM madoguchi.inkan i WHERE i.atena_no = j.atena_no)"
                + " AND NOT EXISTS (SELECT 1 FROM madoguchi.jumin h WHERE h.setai_no = j.setai_no"
                + " AND REGEXP_LIKE(h.shimei || h.address || COALESCE(h.katagaki, ''),"
                + " '[\\x{E000}-\\x{F8FF}]'))"
                + " ORDER BY j.atena_no FETCH FIRST 2 ROWS ONLY",
            Long.class);
    jdbc.update(
        "MERGE INTO madoguchi.gaiji (pua, mj_code, ucs) KEY (pua) VALUES (?, 'MJ013893', ?)",
        "\uF8E0",
        "\u9AD9");
    jdbc.update(
        "UPDATE madoguchi.jumin SET shimei = ? WHERE atena_no = ?", "\uF8E0橋 一郎", two.get(0));
    jdbc.update(
        "UPDATE madoguchi.jumin SET shimei = ? WHERE atena_no = ?", "\uF8F0田 花子", two.get(1));
    long[] person = {two.get(0)};
    long[] unmapped = {two.get(1)};

    ForeignBody body = adapter().body(request(person, CertificateType.JUMINHYO), soon());

    assertThat(text(body.pdf())).contains("\u9AD9橋").doesNotContain("\uFFFD");
    assertThatThrownBy(() -> adapter().body(request(unmapped, CertificateType.JUMINHYO), soon()))
        .isInstanceOfSatisfying(
            ExistingSystemException.class,
            e -> {
              assertThat(e.outcome()).isEqualTo(ExistingSystemException.Outcome.REFUSED);
              assertThat(e.cause()).isEqualTo("UNPRINTABLE_CHARACTER");
            });
  }

  @Test
  void aFailingSystemIsAFailure() {
    misbehaviour.set(Misbehaviour.Mode.ERROR);

    assertThatThrownBy(() -> adapter().body(request(sealHolder(), CertificateType.INKAN), soon()))
        .isInstanceOfSatisfying(
            ExistingSystemException.class,
            e -> assertThat(e.outcome()).isEqualTo(ExistingSystemException.Outcome.FAILED));
  }

  @Test
  void aSlowAnswerDoesNotOutliveTheDeadline() {
    misbehaviour.set(Misbehaviour.Mode.SLOW);
    BodyRequest request = request(sealHolder(), CertificateType.INKAN);
    ExistingSystemCertificates adapter = adapter();
    long start = System.nanoTime();

    assertThatThrownBy(() -> adapter.body(request, Instant.now().plusMillis(400)))
        .isInstanceOfSatisfying(
            ExistingSystemException.class,
            e -> assertThat(e.outcome()).isEqualTo(ExistingSystemException.Outcome.TIMED_OUT));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_000));
  }

  @Test
  void aClientWithoutACertificateIsNotServed() throws Exception {
    Path empty = Files.createTempFile("no-key", ".p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    try (var out = Files.newOutputStream(empty)) {
      store.store(out, "changeit".toCharArray());
    }
    ExistingSystemProperties noKey = properties(empty.toString());

    assertThatThrownBy(
            () ->
                new HttpExistingSystemCertificates(noKey, Clock.systemUTC())
                    .body(request(sealHolder(), CertificateType.INKAN), soon()))
        .isInstanceOf(ExistingSystemException.class);
  }

  private ExistingSystemCertificates adapter() {
    return new HttpExistingSystemCertificates(
        properties(StandIn.TLS.resolve("center.p12").toString()), Clock.systemUTC());
  }

  private ExistingSystemProperties properties(String keyStore) {
    return new ExistingSystemProperties(
        URI.create("https://localhost:" + port),
        keyStore,
        "changeit",
        StandIn.TLS.resolve("truststore.p12").toString(),
        "changeit",
        "PKCS12",
        Duration.ofSeconds(10), // the shared 2-core build host is slow to hand-shake
        Duration.ofSeconds(20),
        DataSize.ofMegabytes(16));
  }

  /** {@code [atena_no]} and 住民票コード of an ACTIVE resident with an ACTIVE seal. */
  private static long[] sealHolder() {
    return new JdbcTemplate(StandIn.DB)
        .queryForObject(
            "SELECT j.atena_no FROM madoguchi.jumin j JOIN madoguchi.inkan i ON i.atena_no ="
                + " j.atena_no WHERE j.status = 'ACTIVE' AND i.status = 'ACTIVE' ORDER BY j.atena_no"
                + " FETCH FIRST 1 ROWS ONLY",
            (rs, i) -> new long[] {rs.getLong(1)});
  }

  private static BodyRequest request(long[] person, CertificateType type) {
    String code =
        new JdbcTemplate(StandIn.DB)
            .queryForObject(
                "SELECT juminhyo_code FROM madoguchi.jumin WHERE atena_no = ?",
                String.class,
                person[0]);
    return new BodyRequest(
        new CertificateSubject(
            new PersonRef.Resident(person[0]), type, CertificateOptions.defaults()),
        code.trim());
  }

  private static Instant soon() {
    return Instant.now().plusSeconds(30);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // IPAex maps some ideographs to Kangxi radicals (⽉ for 月) in the stand-in's text layer
      return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
    }
  }
}
