package org.kofu.core.existing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.PersonRef;
import org.kofu.testsupport.MutableClock;

/**
 * The one way a foreign body reaches the cache: the time it is dated by is taken before the call,
 * the rows' versions are read after the answer came, and what the check refuses never comes out.
 */
class ForeignBodyIntakeTests {

  private static final Instant START = Instant.parse("2026-12-06T01:00:00Z");
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
  private final ForeignBodyIntake intake =
      new ForeignBodyIntake(new ForeignBodyCheck(new SimpleMeterRegistry()), clock);
  private final List<String> calls = new ArrayList<>();

  @Test
  void aBodyIsDatedBeforeTheCallAndCheckedAgainstVersionsReadAfterIt() throws Exception {
    ForeignBody answered = ForeignPdfs.body(2, PDRectangle.A4, true, true);
    Answering system = new Answering(answered);

    ForeignBodyIntake.Admitted admitted =
        intake.fetch(
            system,
            new BodyRequest(ForeignPdfs.SUBJECT, "12345678901"),
            TIMEOUT,
            body -> {
              calls.add("versions read for " + body.subject().key());
              return ForeignPdfs.VERSIONS;
            });

    assertThat(calls)
        .containsExactly("body asked", "versions read for " + ForeignPdfs.SUBJECT.key());
    assertThat(admitted.readAt()).isEqualTo(START);
    assertThat(system.deadline).isEqualTo(START.plus(TIMEOUT));
    assertThat(admitted.subject()).isEqualTo(ForeignPdfs.SUBJECT);
    assertThat(admitted.versions().versions()).isEqualTo(ForeignPdfs.VERSIONS);
    CheckedBody decoded = ForeignBodyCodec.decode(admitted.payload());
    assertThat(decoded.pdf()).isEqualTo(answered.pdf());
    assertThat(decoded.pageCount()).isEqualTo(2);
  }

  @Test
  void aBodyWhoseRowsChangedSinceIsRefused() throws Exception {
    ForeignBody answered = ForeignPdfs.body(1, PDRectangle.A4, true, true);
    Map<String, Long> changed = new HashMap<>(ForeignPdfs.VERSIONS);
    changed.put("madoguchi.jumin:123", 8L);

    assertThatThrownBy(
            () ->
                intake.fetch(
                    new Answering(answered),
                    new BodyRequest(ForeignPdfs.SUBJECT, "12345678901"),
                    TIMEOUT,
                    body -> changed))
        .isInstanceOfSatisfying(
            ForeignBodyRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.VERSIONS_DIFFER));
  }

  @Test
  void theExistingSystemsFailureReachesTheCallerAndNoVersionsAreRead() {
    Answering failing = new Answering(null);

    assertThatThrownBy(
            () ->
                intake.fetch(
                    failing,
                    new BodyRequest(ForeignPdfs.SUBJECT, "12345678901"),
                    TIMEOUT,
                    body -> {
                      calls.add("versions read");
                      return ForeignPdfs.VERSIONS;
                    }))
        .isInstanceOfSatisfying(
            ExistingSystemException.class,
            e -> assertThat(e.outcome()).isEqualTo(ExistingSystemException.Outcome.TIMED_OUT));
    assertThat(calls).containsExactly("body asked");
  }

  @Test
  void aBodyHandedInForAnotherSubjectIsRefused() throws Exception {
    ForeignBody answered = ForeignPdfs.body(1, PDRectangle.A4, true, true);
    CertificateSubject other =
        new CertificateSubject(
            new PersonRef.Resident(124), ForeignPdfs.SUBJECT.type(), ForeignPdfs.SUBJECT.options());

    assertThatThrownBy(() -> intake.admit(answered, other, START, ForeignPdfs.VERSIONS))
        .isInstanceOfSatisfying(
            ForeignBodyRefusedException.class,
            e -> assertThat(e.refusal()).isEqualTo(Refusal.WRONG_SUBJECT));
  }

  /** Answers one body (or times out when it has none), moving the clock on as a call would. */
  private final class Answering implements ExistingSystemCertificates {

    private final ForeignBody body;
    private Instant deadline;

    Answering(ForeignBody body) {
      this.body = body;
    }

    @Override
    public ForeignBody body(BodyRequest request, Instant deadline) {
      calls.add("body asked");
      this.deadline = deadline;
      clock.advance(Duration.ofMillis(250));
      if (body == null) {
        throw new ExistingSystemException(
            ExistingSystemException.Outcome.TIMED_OUT, null, "timed out");
      }
      return body;
    }

    @Override
    public FinishedCertificate certificate(
        BodyRequest request, LocalDate issueDate, String certificateNumber, Instant deadline) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ChangedBodies changedSince(long changedSince, int limit, Instant deadline) {
      throw new UnsupportedOperationException();
    }
  }
}
