package org.kofu.relay.issuance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kofu.cache.compression.BodyCompressor;
import org.kofu.cache.contract.CertificateCache;
import org.kofu.cache.contract.PutOutcome;
import org.kofu.core.certificate.CertificateContent;
import org.kofu.core.certificate.CertificateOptions;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.CertificateType;
import org.kofu.core.certificate.PersonRef;
import org.kofu.core.certificate.ResidentForm;
import org.kofu.core.certificate.Scope;
import org.kofu.core.certificate.SourceVersions;
import org.kofu.core.certificate.assembly.CertificateContentAssembler;
import org.kofu.core.render.CertificateRenderer;
import org.kofu.core.render.body.BodyStamper;
import org.kofu.core.render.body.RenderedBody;
import org.kofu.core.render.body.RenderedBodyCodec;
import org.kofu.relay.freshness.BodySource;
import org.kofu.relay.freshness.FreshBodies;
import org.kofu.relay.freshness.FreshBodiesAccess;
import org.kofu.relay.freshness.FreshBody;
import org.kofu.relay.idempotency.IssuanceRecords;
import org.kofu.relay.idempotency.KeptBodyCipher;
import org.kofu.relay.idempotency.KeptBodyDictionaries;
import org.kofu.relay.idempotency.StoredIssuance;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.support.RelayTests;
import org.kofu.relay.support.Requests;
import org.kofu.relay.support.TestLegacy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The last check compares the request with the subject a body records in its own bytes, so it fails
 * for a well-formed body of another subject wherever the relay finds it: in the cache under this
 * request's key (sealed as this subject's value), from the renderer, or kept for a repeat. Nothing
 * leaves; the refusal is logged by kind and counted.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServedBodyCheckIT extends RelayTests {

  @Autowired private CertificateCache cache;
  @Autowired private CertificateContentAssembler assembler;
  @Autowired private CertificateRenderer renderer;
  @Autowired private MeterRegistry registry;
  @Autowired private IssuanceRecords records;
  @Autowired private KeptBodyCipher cipher;
  @Autowired private JdbcTemplate projectDb;
  @Autowired private BodyStamper stamper;
  @Autowired private ServedBodyCheck check;
  @Autowired private KeptBodyDictionaries dictionaries;

  private static String adult(int index) {
    return TestLegacy.issuableAdults().get(index);
  }

  /** The subject of a request's 住民票 naming no form: the city's default 世帯連記式. */
  private static CertificateSubject juminhyo(String person) {
    return new CertificateSubject(
        new PersonRef.Resident(TestLegacy.atenaNo(person)),
        CertificateType.JUMINHYO,
        CertificateOptions.defaults().withForm(ResidentForm.RENKI));
  }

  private double refused(String source) {
    return registry.get("kofu.relay.served.body.refused").tag("source", source).counter().count();
  }

  @Test
  void anotherPersonsBodyCachedUnderThisRequestsKeyIsRefusedDroppedAndRenderedAnewNextTime(
      CapturedOutput output) throws Exception {
    String person = adult(34);
    CertificateSubject subject = juminhyo(person);
    CertificateSubject other = juminhyo(adult(35));
    // what a batch that mixed two persons up would write: the other's body, sealed as this
    // subject's value, made from this subject's rows as they are now (so it is fresh)
    byte[] othersBody =
        RenderedBodyCodec.encode(renderer.renderForCache(assembler.assemble(other)));
    PutOutcome planted =
        cache.putCompressed(
            subject,
            assembler.assemble(subject).sources(),
            Instant.now(),
            cache.compress(othersBody));
    assertThat(planted).isEqualTo(PutOutcome.STORED);
    assertThat(cache.get(subject).orElseThrow().subjectKey()).isEqualTo(subject.key());
    double before = refused("cache");
    String requestId = newRequestId();

    MockHttpServletResponse answer =
        issueCertificate(Requests.certificate(requestId, person, "JUMINHYO"));

    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getContentType()).isEqualTo("application/problem+json");
    assertThat(answer.getContentAsString()).contains("SOURCE_UNAVAILABLE").doesNotContain("%PDF");
    assertThat(answer.getHeader("Retry-After")).isEqualTo("1");
    assertThat(answer.getHeader("X-Certificate-Number")).isNull();
    assertThat(refused("cache")).isEqualTo(before + 1);
    assertThat(output)
        .contains(
            "served-body check: a body from CACHE for request "
                + requestId
                + " differs from it in person; not served")
        .doesNotContain(other.person().key() + "|");
    assertThat(records.find(requestId)).isEmpty();
    assertThat(cache.get(subject)).isEmpty();

    MockHttpServletResponse retried =
        issueCertificate(Requests.certificate(newRequestId(), person, "JUMINHYO"));
    assertThat(retried.getStatus()).isEqualTo(200);
    assertThat(retried.getHeader("X-Source")).isEqualTo("ON_DEMAND");
    MockHttpServletResponse fromCache =
        issueCertificate(Requests.certificate(newRequestId(), person, "JUMINHYO"));
    assertThat(fromCache.getHeader("X-Source")).isEqualTo("CACHE");
    assertThat(refused("cache")).isEqualTo(before + 1);
  }

  @Test
  void aBodyOfOtherOptionsOrTypeCachedUnderThisRequestsKeyIsRefusedToo() throws Exception {
    String person = adult(36);
    CertificateSubject subject = juminhyo(person);
    PersonRef ref = subject.person();
    List<CertificateSubject> others =
        List.of(
            new CertificateSubject(
                ref,
                CertificateType.JUMINHYO,
                new CertificateOptions(Scope.SELF, true, true, false, null)),
            new CertificateSubject(ref, CertificateType.JUMINHYO_KISAI, null));
    for (CertificateSubject other : others) {
      byte[] body = RenderedBodyCodec.encode(renderer.renderForCache(assembler.assemble(other)));
      cache.putCompressed(
          subject, assembler.assemble(subject).sources(), Instant.now(), cache.compress(body));
      double before = refused("cache");

      MockHttpServletResponse answer =
          issueCertificate(Requests.certificate(newRequestId(), person, "JUMINHYO"));

      assertThat(answer.getStatus()).as(other.key()).isEqualTo(503);
      assertThat(refused("cache")).as(other.key()).isEqualTo(before + 1);
    }
  }

  @Test
  void aRendererThatHandsBackAnotherSubjectsBodyCachesNothingAndTheBodyIsRefused() {
    CertificateSubject subject = juminhyo(adult(37));
    CertificateContent othersContent = assembler.assemble(juminhyo(adult(38)));
    CertificateRenderer mixedUp = mock(CertificateRenderer.class);
    when(mixedUp.renderForCache(any())).thenReturn(renderer.renderForCache(othersContent));
    CertificateCache unused = mock(CertificateCache.class);
    when(unused.get(subject)).thenReturn(Optional.empty());
    when(unused.compress(any())).thenAnswer(call -> BodyCompressor.plain(call.getArgument(0)));
    FreshBodies bodies = FreshBodiesAccess.of(assembler, unused, mixedUp, Clock.systemUTC());
    SimpleMeterRegistry counted = new SimpleMeterRegistry();
    ServedBodyCheck onDemand = new ServedBodyCheck(counted, bodies);

    FreshBody fresh = bodies.obtain(subject);

    assertThat(fresh.source()).isEqualTo(BodySource.ON_DEMAND);
    assertThat(fresh.body().subject()).isEqualTo(othersContent.subject());
    verify(unused, never()).putCompressed(any(), any(), any(), any());
    assertThatThrownBy(() -> onDemand.requireFresh(subject, fresh, "req-on-demand-1"))
        .isInstanceOfSatisfying(
            RelayException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.reason()).isEqualTo("SOURCE_UNAVAILABLE");
              assertThat(e.retryAfter()).isEqualTo(ServedBodyCheck.RETRY_AFTER);
            });
    assertThat(
            counted
                .get("kofu.relay.served.body.refused")
                .tag("source", "on_demand")
                .counter()
                .count())
        .isEqualTo(1);
    verify(unused, never()).invalidate(any(), any());
  }

  @Test
  void aKeptBodyOfAnotherPersonIsNotServedToARepeatEvenWhenItHashesToTheRecord(
      CapturedOutput output) throws Exception {
    String requestId = newRequestId();
    String body = Requests.certificate(requestId, adult(39), "JUMINHYO");
    assertThat(issueCertificate(body).getStatus()).isEqualTo(200);
    String other = newRequestId();
    assertThat(issueCertificate(Requests.certificate(other, adult(40), "JUMINHYO")).getStatus())
        .isEqualTo(200);
    // the record takes the other's kept body (with the dictionary it was compressed with), sealed
    // for this record by someone holding the key, and the hash that body rebuilds to with this
    // record's 証明日 and number: only the subject recorded in the body still tells them apart
    StoredIssuance stored = records.find(requestId).orElseThrow();
    StoredIssuance others = records.find(other).orElseThrow();
    byte[] othersBody = cipher.open(others.form().compressed(), KeptBodyCipher.Identity.of(others));
    String rebuiltHash = DigestUtils.sha256Hex(rebuilt(others, othersBody, stored));
    projectDb.update(
        "UPDATE issuance_request SET body_form = ?, body_dictionary = ?, body_sha256 = ?"
            + " WHERE request_id = ?",
        cipher.seal(
            othersBody,
            new KeptBodyCipher.Identity(
                requestId,
                stored.certificateNumber(),
                stored.personKey(),
                stored.certificateType(),
                others.form().dictionaryId(),
                stored.form().issueDate())),
        others.form().dictionaryId(),
        rebuiltHash,
        requestId);
    double before = refused("kept");

    MockHttpServletResponse repeat = issueCertificate(body);

    assertThat(repeat.getStatus()).isEqualTo(500);
    assertThat(repeat.getContentType()).isEqualTo("application/problem+json");
    assertThat(repeat.getContentAsString()).contains("INTERNAL_ERROR").doesNotContain("%PDF");
    assertThat(refused("kept")).isEqualTo(before + 1);
    assertThat(output)
        .contains(
            "served-body check: a body from KEPT for request "
                + requestId
                + " differs from it in person; not served");
  }

  /** The bytes the other's kept body gives when stamped with this record's date and number. */
  private byte[] rebuilt(StoredIssuance others, byte[] othersBody, StoredIssuance record) {
    byte[] payload =
        new BodyCompressor(dictionaries, 0)
            .decompress(new BodyCompressor.Compressed(others.form().dictionaryId(), othersBody));
    RenderedBody body =
        RenderedBodyCodec.decode(SourceVersions.builder().build(), Instant.EPOCH, payload);
    return stamper.stamp(body, record.form().issueDate(), record.certificateNumber());
  }

  @Test
  void theCheckComparesWhatTheBodyRecordsNotACopyOfTheRequest() {
    CertificateSubject subject = juminhyo(adult(34));
    RenderedBody own = renderer.renderForCache(assembler.assemble(subject));
    assertThat(check.carries(subject, own, ServedBodyCheck.Path.CACHE, "req-x")).isTrue();
    RenderedBody decoded =
        RenderedBodyCodec.decode(own.sources(), own.renderedAt(), RenderedBodyCodec.encode(own));
    CertificateSubject household =
        new CertificateSubject(
            subject.person(),
            CertificateType.JUMINHYO,
            new CertificateOptions(Scope.HOUSEHOLD, true, false, false, null));
    assertThat(check.carries(household, decoded, ServedBodyCheck.Path.CACHE, "req-y")).isFalse();
  }

  @Test
  void aBodyKeptBeforeTheFormsServesItsRepeatButNoCacheHit() {
    CertificateSubject renki = juminhyo(adult(35));
    CertificateSubject unnamed =
        new CertificateSubject(
            renki.person(), CertificateType.JUMINHYO, renki.options().withForm(null));
    RenderedBody keptBefore = renderer.renderForCache(assembler.assemble(unnamed));

    assertThat(check.carries(renki, keptBefore, ServedBodyCheck.Path.KEPT, "req-k")).isTrue();
    assertThat(check.carries(renki, keptBefore, ServedBodyCheck.Path.CACHE, "req-c")).isFalse();
    CertificateSubject kojin =
        new CertificateSubject(
            renki.person(), CertificateType.JUMINHYO, renki.options().withForm(ResidentForm.KOJIN));
    RenderedBody renkiBody = renderer.renderForCache(assembler.assemble(renki));
    assertThat(check.carries(kojin, renkiBody, ServedBodyCheck.Path.KEPT, "req-f")).isFalse();
  }
}
