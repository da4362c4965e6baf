package org.kofu.admin.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kofu.admin.account.Role;
import org.kofu.cache.compression.ClusterDictionaries;
import org.kofu.cache.contract.CacheProperties;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.contract.MemberMemory;
import org.kofu.cache.contract.PutOutcome;
import org.kofu.cache.crypto.CryptoProperties;
import org.kofu.cache.testing.TestCluster;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The cache view against two real Hazelcast members; the admin connects as a client. */
class CacheIT extends BrowserTestSupport {

  private static final String CODE_EVICTED = "50150150150";
  private static final String CODE_KEPT = "50250250250";
  private static final Pattern MEMORY_FIGURE = Pattern.compile("\\d+(\\.\\d)? (B|KiB|MiB|GiB)");
  private static TestCluster cluster;
  private static List<String> addresses;

  @org.springframework.beans.factory.annotation.Autowired
  org.kofu.admin.cache.CacheOverview overview;

  @org.springframework.beans.factory.annotation.Autowired HashChain chain;

  @DynamicPropertySource
  static void cacheCluster(DynamicPropertyRegistry registry) {
    cluster = new TestCluster(2);
    addresses = TestCluster.addresses(cluster.startMembers(2));
    registry.add("kofu.admin.cache.cluster-name", cluster::clusterName);
    registry.add("kofu.admin.cache.members", () -> String.join(",", addresses));
    // a city whose 窓口 system makes the 印鑑登録証明書 (issue 25): the view shows it, read only
    registry.add("kofu.certificate.sources.INKAN", () -> "EXISTING_SYSTEM");
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Test
  void showsWhatIsCachedAndEvictsOnePersonByExactCode() throws SQLException {
    residents();
    HazelcastInstance client = cluster.client();
    CertificateCache writer = writer(client);
    Instant read = Instant.now().minusSeconds(60);
    assertThat(put(writer, subject(501, CertificateType.JUMINHYO), read))
        .isEqualTo(PutOutcome.STORED);
    assertThat(put(writer, subject(501, CertificateType.INKAN), read)).isEqualTo(PutOutcome.STORED);
    assertThat(put(writer, subject(502, CertificateType.JUMINHYO), read))
        .isEqualTo(PutOutcome.STORED);
    account("operator-c", Role.OPERATOR, "Operator-Pass-81", false);
    Page page = signIn("operator-c", "Operator-Pass-81");

    page.navigate(url("cache"));

    assertThat(page.locator("#members-grid")).containsText(addresses.get(0));
    assertThat(page.locator("#members-grid")).containsText(addresses.get(1));
    assertThat(page.locator("#cache-totals")).containsText("登録人数 2 人（うち証明書を保持 2 人");
    assertThat(page.locator("#types-grid")).containsText("印鑑登録証明書");
    everyMemberShowsItsMemory(page, 2);
    assertThat(overview.snapshot().orElseThrow().byType())
        .containsEntry("JUMINHYO", 2L)
        .containsEntry("INKAN", 1L)
        .containsEntry("SHOTOKU_KAZEI", 0L);
    Chromium.screenshot(page, "40-cache-before-eviction");

    type(page, "evict-code", CODE_EVICTED);
    page.locator("#evict").click();

    assertThat(page.locator("#cache-message")).hasText("削除しました。");
    assertThat(page.locator("#cache-totals")).containsText("登録人数 2 人（うち証明書を保持 1 人");
    Chromium.screenshot(page, "41-cache-after-eviction");
    assertThat(overview.snapshot().orElseThrow().byType())
        .containsEntry("JUMINHYO", 1L)
        .containsEntry("INKAN", 0L);
    assertThat(writer.get(subject(501, CertificateType.JUMINHYO))).isEmpty();
    assertThat(writer.get(subject(501, CertificateType.INKAN))).isEmpty();
    assertThat(writer.get(subject(502, CertificateType.JUMINHYO))).isPresent();
    // a late write of data read before the eviction is refused
    assertThat(put(writer, subject(501, CertificateType.JUMINHYO), read))
        .isEqualTo(PutOutcome.REFUSED_INVALIDATED);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'CACHE_EVICT_PERSON'"
                    + " AND detail = 'person=A501 bodies=2' AND actor = 'operator-c'",
                Integer.class))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?",
                Integer.class,
                "%" + CODE_EVICTED + "%"))
        .isZero();
  }

  @Test
  void showsEachTypesSourceAndTheFallbackReadOnly() {
    account("auditor-s", Role.AUDITOR, "Auditor-Pass-83", false);
    Page page = signIn("auditor-s", "Auditor-Pass-83");

    page.navigate(url("cache"));

    // INKAN set to EXISTING_SYSTEM (issue 25), every other type rendered
    Locator cells = page.locator("#sources-grid vaadin-grid-cell-content");
    assertThat(page.locator("#sources")).containsText("証明書の作成元");
    assertThat(cells.filter(new Locator.FilterOptions().setHasText("既存システムが作成"))).hasCount(1);
    assertThat(cells.filter(new Locator.FilterOptions().setHasText("本システムで作成")))
        .hasCount(CertificateType.values().length - 1);
    assertThat(page.locator("#sources-grid")).containsText("印鑑登録証明書");
    assertThat(page.locator("#sources-fallback")).containsText("交付せず");
    assertThat(page.locator("#sources input, #sources vaadin-select, #sources vaadin-button"))
        .hasCount(0);
    Chromium.screenshot(page, "42-cache-certificate-sources");
  }

  @Test
  void anAuditorSeesTheCacheButCannotEvict() {
    account("auditor-c", Role.AUDITOR, "Auditor-Pass-82", false);
    Page page = signIn("auditor-c", "Auditor-Pass-82");

    page.navigate(url("cache"));

    assertThat(page.locator("#members-grid")).containsText(addresses.get(0));
    assertThat(page.locator("#evict")).isDisabled();
  }

  /**
   * Issue 27: the officer re-runs the relays' canary from this view. The request is a row of
   * canary_request and a record of the audit chain; the view shows it pending until a relay records
   * a verdict for it (a relay writes it as CanaryStatus does: actor the officer, client its host),
   * then each verdict. A verdict of an earlier run is not taken for this one. A clerk has no
   * button.
   */
  @Test
  void anOfficerReRunsTheCanaryAndSeesItPendingThenEachRelaysVerdict() {
    account("chief-k", Role.OFFICER, "Officer-Pass-84", false);
    // a run the officer asked for before: its verdict must not answer the new request
    relayRecords("chief-k", "CANARY_PASSED", "9 types issued and read back", "relay-old");
    long before = count("SELECT COUNT(*) FROM canary_request");
    Page page = signIn("chief-k", "Officer-Pass-84");
    page.navigate(url("cache"));

    page.locator("#canary-run").click();

    assertThat(page.locator("#canary-message")).hasText("自己試験を依頼しました。");
    assertThat(page.locator("#canary-latest")).containsText("chief-k");
    assertThat(page.locator("#canary-pending")).containsText("結果待ち");
    assertThat(page.locator("#canary-state")).not().containsText("relay-old");
    page.locator("#canary-state").scrollIntoViewIfNeeded();
    Chromium.screenshot(page, "43-cache-canary-pending");
    assertThat(count("SELECT COUNT(*) FROM canary_request")).isEqualTo(before + 1);
    assertThat(
            jdbc.queryForObject(
                "SELECT requested_by FROM canary_request ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                String.class))
        .isEqualTo("chief-k");
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'CANARY_REQUESTED'"
                    + " AND actor = 'chief-k' AND detail = 'every relay'"))
        .isEqualTo(1);

    relayRecords("chief-k", "CANARY_PASSED", "9 types issued and read back", "relay-a");
    relayRecords("chief-k", "CANARY_FAILED", "issuance: JUMINHYO answered 500", "relay-b");
    page.locator("#cache-reload").click();

    assertThat(page.locator("#canary-pending")).hasCount(0);
    assertThat(page.locator("#canary-state .canary-passed")).hasCount(1);
    assertThat(page.locator("#canary-state .canary-passed")).containsText("relay-a：合格");
    assertThat(page.locator("#canary-state .canary-failed"))
        .containsText("relay-b：不合格（issuance: JUMINHYO answered 500");
    assertThat(page.locator("#canary-state")).not().containsText("relay-old");
    page.locator("#canary-state").scrollIntoViewIfNeeded();
    Chromium.screenshot(page, "44-cache-canary-verdicts");

    // a clerk sees the latest request but has no button (CanaryDemandTests: the service refuses)
    account("operator-k", Role.OPERATOR, "Operator-Pass-85", false);
    Page clerk = signIn("operator-k", "Operator-Pass-85");
    clerk.navigate(url("cache"));
    assertThat(clerk.locator("#canary-latest")).containsText("chief-k");
    assertThat(clerk.locator("#canary-run")).hasCount(0);
    assertThat(count("SELECT COUNT(*) FROM canary_request")).isEqualTo(before + 1);
  }

  /** A relay's verdict as CanaryStatus records it: actor who asked, the relay's host as client. */
  private void relayRecords(String actor, String action, String detail, String relay) {
    chain.append(
        ChainTable.AUDIT, List.of(Instant.now(), actor, action, detail + " @" + relay, relay));
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  /** Each member's row: owned and backup memory and heap used / max, none unknown. */
  private void everyMemberShowsItsMemory(Page page, long persons) {
    assertThat(page.locator("#members-grid")).containsText("メモリ（担当分）");
    assertThat(page.locator("#members-grid")).not().containsText("不明");
    String cells =
        String.join("\n", page.locator("#members-grid vaadin-grid-cell-content").allTextContents());
    assertThat(MEMORY_FIGURE.matcher(cells).results().count())
        .as(cells)
        .isGreaterThanOrEqualTo(4L * addresses.size());
    List<MemberMemory> memory = overview.snapshot().orElseThrow().members();
    assertThat(memory)
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.answered() && m.heapMax() > 0).isTrue());
    assertThat(memory.stream().mapToLong(MemberMemory::ownedEntries).sum()).isEqualTo(persons);
    assertThat(memory.stream().mapToLong(MemberMemory::ownedBytes).sum()).isPositive();
  }

  /** A batch-like writer with a key of its own (the admin has none). */
  private static CertificateCache writer(HazelcastInstance client) {
    return CertificateCache.create(
        client,
        new ClusterDictionaries(client),
        new CacheProperties(
            new CryptoProperties(
                "k1", Map.of("k1", Base64.getEncoder().encodeToString(new byte[32])), null, null),
            3,
            Duration.ofHours(48),
            Duration.ZERO),
        Clock.systemUTC());
  }

  private static PutOutcome put(CertificateCache cache, CertificateSubject subject, Instant read) {
    long atena = ((PersonRef.Resident) subject.person()).atenaNo();
    return cache.put(
        subject,
        SourceVersions.builder().add("madoguchi.jumin", atena, 1).build(),
        read,
        ("body of " + subject.key()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static CertificateSubject subject(long atena, CertificateType type) {
    return new CertificateSubject(
        new PersonRef.Resident(atena),
        type,
        type == CertificateType.JUMINHYO ? CertificateOptions.defaults() : null);
  }

  private static void residents() throws SQLException {
    try (Connection connection = DriverManager.getConnection(MADOGUCHI_URL);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA IF NOT EXISTS madoguchi");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS madoguchi.jumin"
              + " (atena_no BIGINT PRIMARY KEY, juminhyo_code CHAR(11) NOT NULL)");
      statement.execute(
          "MERGE INTO madoguchi.jumin KEY (atena_no) VALUES (501, '" + CODE_EVICTED + "')");
      statement.execute(
          "MERGE INTO madoguchi.jumin KEY (atena_no) VALUES (502, '" + CODE_KEPT + "')");
    }
  }
}
