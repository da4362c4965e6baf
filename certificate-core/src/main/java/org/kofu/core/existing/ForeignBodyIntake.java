package org.kofu.core.existing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.SourceVersions;

/**
 * The one way a body of the existing system (事前作成) becomes a cache entry: asked for with the time
 * taken before the call, checked against the rows' versions read after it came ({@link
 * ForeignBodyCheck}), and encoded ({@link ForeignBodyCodec}). The batch (per subject and from
 * {@code changedSince} pages) and the relay's refill both take bodies through it; what each does
 * when the existing system fails or a body is refused stays with them.
 */
public final class ForeignBodyIntake {

  /**
   * A checked body, ready to be cached.
   *
   * @param readAt a time before the existing system read its rows: the entry is as old as that
   * @param payload {@link ForeignBodyCodec}'s form
   */
  public record Admitted(
      CertificateSubject subject, SourceVersions versions, Instant readAt, byte[] payload) {

    @Override
    public String toString() {
      return "Admitted[" + subject.key() + ", " + payload.length + " bytes]";
    }
  }

  private final ForeignBodyCheck check;
  private final Clock clock;

  public ForeignBodyIntake(ForeignBodyCheck check, Clock clock) {
    this.check = check;
    this.clock = clock;
  }

  /**
   * Asks {@code system} for the subject's body and admits it.
   *
   * @param currentVersions reads the rows' versions now, at least of every row the body names
   * @throws ExistingSystemException when the call fails, times out or the system refuses it
   * @throws ForeignBodyRefusedException when the check refuses the body
   */
  public Admitted fetch(
      ExistingSystemCertificates system,
      BodyRequest request,
      Duration timeout,
      Function<ForeignBody, Map<String, Long>> currentVersions) {
    // taken before the call: the existing system read its rows after this
    Instant readAt = clock.instant();
    ForeignBody body = system.body(request, readAt.plus(timeout));
    return admit(body, request.subject(), readAt, currentVersions.apply(body));
  }

  /**
   * Checks a body the existing system answered for {@code expected}.
   *
   * @param readAt a time before the existing system read its rows
   * @param currentVersions the rows' versions read after the body came
   * @throws ForeignBodyRefusedException when the check refuses it
   */
  public Admitted admit(
      ForeignBody body,
      CertificateSubject expected,
      Instant readAt,
      Map<String, Long> currentVersions) {
    CheckedBody checked = check.check(body, expected, currentVersions);
    SourceVersions seen = new SourceVersions(new TreeMap<>(checked.sourceVersions()));
    return new Admitted(expected, seen, readAt, ForeignBodyCodec.encode(checked));
  }
}
