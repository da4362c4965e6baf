package org.kofu.core.existing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The seam to an existing system that makes certificate PDFs. {@link
 * HttpExistingSystemCertificates} speaks the documented interface; a vendor's own (a file drop, a
 * table of PDFs, SOAP) is another implementation registered as a bean in its place ({@code
 * docs/existing-systems.md}).
 *
 * <p>Every call takes a deadline and returns or throws by then, so a slow system never holds a
 * relay thread past the request's budget. Nothing an implementation returns is trusted: callers
 * pass it through {@link ForeignBodyCheck} first. Implementations never write to the existing
 * system and never log what it answered.
 */
public interface ExistingSystemCertificates {

  /**
   * The finished certificate (都度作成) with the issue date and the number the project drew.
   *
   * @throws ExistingSystemException when the system refuses, fails or the deadline passes
   */
  FinishedCertificate certificate(
      BodyRequest request, LocalDate issueDate, String certificateNumber, Instant deadline);

  /**
   * One body ahead of time (事前作成), without date and number, with its stamp areas.
   *
   * @throws ExistingSystemException when the system refuses, fails or the deadline passes
   */
  ForeignBody body(BodyRequest request, Instant deadline);

  /**
   * The bodies of the subjects whose rows changed after journal sequence {@code changedSince}.
   *
   * @throws ExistingSystemException when the system fails or the deadline passes
   */
  ChangedBodies changedSince(long changedSince, int limit, Instant deadline);
}
