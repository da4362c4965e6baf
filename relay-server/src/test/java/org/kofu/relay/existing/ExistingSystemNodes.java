package org.kofu.relay.existing;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.existing.BodyRequest;
import org.kofu.core.existing.CheckedBody;
import org.kofu.core.existing.ForeignBodyCheck;
import org.kofu.core.existing.ForeignBodyCodec;
import org.kofu.kiosk.cli.RelayClient;
import org.kofu.relay.support.RelayNode;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestExistingSystem;
import org.kofu.relay.support.TestLegacy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Relay nodes whose 印鑑登録証明書 comes from the existing system ({@link TestExistingSystem}), and what
 * the tests do with them: request over HTTP, cache a body as the batch does, read the log.
 */
final class ExistingSystemNodes {

  /** The request budget of these nodes: the shared host is slow at times. */
  static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(5);

  static final TestExistingSystem EXISTING = new TestExistingSystem(RelayNode.ticking());

  private ExistingSystemNodes() {}

  static RelayNode start(int node, boolean fallback) {
    Map<String, String> p = new HashMap<>();
    p.put("kofu.certificate.sources.INKAN", "EXISTING_SYSTEM");
    p.put("kofu.certificate.fallback-to-rendering", Boolean.toString(fallback));
    p.put("kofu.relay.budget.request", BUDGET.toMillis() + "ms");
    RelayNode started = RelayNode.start(node, p, null, Map.of("testExistingSystem", EXISTING));
    use(started);
    // the first requests of a node load fonts and templates: not what the tests measure
    for (int i = 0; i < 3; i++) {
      try {
        if (issue(started, "warm-" + node + "-" + i, person(16 + node)).statusCode() == 200) {
          break;
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return started;
  }

  /**
   * The existing system on this node's clock: the nodes' clocks tick from the tests' start, each
   * from its own start, so a deadline is read on the clock of the node that set it.
   */
  static void use(RelayNode node) {
    EXISTING.useClock(node.context().getBean(java.time.Clock.class));
  }

  private static final List<String> SEAL_HOLDERS = sealHolders();

  /**
   * Adults with an ACTIVE seal and no restriction, in households of none of {@link
   * TestLegacy#issuableAdults()} (which the other test classes take and restrict) and printed as
   * stored; one per household, the last first.
   */
  private static List<String> sealHolders() {
    java.util.Set<Long> taken =
        new java.util.HashSet<>(
            new org.kofu.kiosk.load.PersonSnapshots(TestLegacy.dataSource())
                .householdsNotPrintedAsStored());
    for (String adult : TestLegacy.issuableAdults()) {
      taken.add(
          TestLegacy.jdbc()
              .queryForObject(
                  "SELECT setai_no FROM madoguchi.jumin WHERE juminhyo_code = ?",
                  Long.class,
                  adult));
    }
    return TestLegacy.jdbc()
        .query(
            "SELECT j.juminhyo_code, j.setai_no FROM madoguchi.jumin j WHERE j.status = 'ACTIVE'"
                + " AND j.tenshutsu_yotei_date IS NULL AND j.birth_date < DATE '2000-01-01'"
                + " AND NOT EXISTS (SELECT 1 FROM madoguchi.kofu_seigen s"
                + "   WHERE s.atena_no = j.atena_no)"
                + " AND EXISTS (SELECT 1 FROM madoguchi.inkan i"
                + "   WHERE i.atena_no = j.atena_no AND i.status = 'ACTIVE')"
                + " ORDER BY j.atena_no DESC",
            (rs, n) -> taken.add(rs.getLong(2)) ? rs.getString(1) : null)
        .stream()
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** The k-th person of these tests, whom no other test class takes. */
  static String person(int k) {
    if (k >= SEAL_HOLDERS.size()) {
      throw new IllegalStateException("only " + SEAL_HOLDERS.size() + " seal holders");
    }
    return SEAL_HOLDERS.get(k);
  }

  static CertificateSubject inkan(String person) {
    return new CertificateSubject(
        new PersonRef.Resident(TestLegacy.atenaNo(person)), CertificateType.INKAN, null);
  }

  static HttpResponse<byte[]> issue(RelayNode node, String requestId, String person)
      throws Exception {
    return new RelayClient(node.url(), null)
        .post("/jlis/v1/certificates", Requests.certificate(requestId, person, "INKAN"));
  }

  /** What the batch does ahead of time: the body asked for, checked, cached in its codec. */
  static void cacheBody(RelayNode node, String person) {
    CertificateSubject subject = inkan(person);
    var body = EXISTING.body(new BodyRequest(subject, person), Instant.now().plusSeconds(5));
    Map<String, Long> current =
        node.context()
            .getBean(CertificateContentAssembler.class)
            .assemble(subject)
            .sources()
            .versions();
    CheckedBody checked =
        node.context().getBean(ForeignBodyCheck.class).check(body, subject, current);
    node.context()
        .getBean(CertificateCache.class)
        .put(
            subject,
            new SourceVersions(new TreeMap<>(checked.sourceVersions())),
            Instant.now(),
            ForeignBodyCodec.encode(checked));
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      // IPAex maps 月 and 日 to the Kangxi radicals' code points: read as NFKC
      return java.text.Normalizer.normalize(
          new PDFTextStripper().getText(doc), java.text.Normalizer.Form.NFKC);
    }
  }

  /** The issuance log's source of the request's record. */
  static String loggedSource(RelayNode node, String requestId) {
    JdbcTemplate jdbc = node.context().getBean(JdbcTemplate.class);
    return org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(
            () -> {
              node.chainLog();
              return jdbc
                  .queryForList(
                      "SELECT source FROM issuance_log WHERE request_id = ?"
                          + " AND kind = 'CERTIFICATE'",
                      String.class,
                      requestId)
                  .stream()
                  .findFirst()
                  .orElse(null);
            },
            java.util.Objects::nonNull);
  }

  static void bumpSeal(String person) {
    TestLegacy.jdbc()
        .update(
            "UPDATE madoguchi.inkan SET version = version + 1 WHERE atena_no = ?"
                + " AND status = 'ACTIVE'",
            TestLegacy.atenaNo(person));
  }
}
