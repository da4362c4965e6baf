package org.kofu.relay.issuance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.legacy.ReadMemo;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.freshness.BodySource;
import org.kofu.relay.freshness.FreshBodies;
import org.kofu.relay.freshness.FreshBody;
import org.kofu.relay.idempotency.BodyForm;
import org.kofu.relay.idempotency.StoredIssuance;
import org.kofu.relay.issuance.IssuancePhases.Phase;
import org.kofu.relay.person.FoundPerson;
import org.kofu.relay.person.PersonFinder;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.service.ServiceGate;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The request path of a 証明書交付要求, in one direction: a repeat → service hours → the person → the
 * rules (on every request) → a fresh body from the cache or rendered → the subject checked against
 * the request → 証明日 and number stamped → stored and logged together.
 */
@Component
public class IssuanceService {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private final RelayProperties properties;
  private final ServiceGate serviceGate;
  private final PersonFinder persons;
  private final Decisions decisions;
  private final FreshBodies bodies;
  private final Stamping stamping;
  private final IssuanceCommit commit;
  private final Clock clock;

  IssuanceService(
      RelayProperties properties,
      ServiceGate serviceGate,
      PersonFinder persons,
      Decisions decisions,
      FreshBodies bodies,
      Stamping stamping,
      IssuanceCommit commit,
      Clock clock) {
    this.properties = properties;
    this.serviceGate = serviceGate;
    this.persons = persons;
    this.decisions = decisions;
    this.bodies = bodies;
    this.stamping = stamping;
    this.commit = commit;
    this.clock = clock;
  }

  public IssuedCertificate issue(CertificateOrder order) {
    Trace trace = new Trace(order, System.nanoTime());
    try {
      return commit.replay(order).orElseGet(() -> issueNew(order, trace));
    } catch (RelayException e) {
      commit.logRefusal(trace, e);
      throw e;
    } catch (DataAccessException | MissingRecordException e) {
      // an existing system unreachable, or its records changed under the request: fail closed
      RelayException unavailable =
          RelayException.unavailable(
              "SOURCE_UNAVAILABLE", "the existing systems cannot be read", retryAfter(e));
      commit.logRefusal(trace, unavailable);
      throw unavailable;
    } catch (RuntimeException e) {
      commit.logRefusal(trace, RelayException.of(500, "INTERNAL_ERROR", "internal error"));
      throw e;
    }
  }

  private Duration retryAfter(RuntimeException e) {
    return e instanceof MissingRecordException
        ? Duration.ofSeconds(1)
        : properties.sourceRetryAfter();
  }

  private IssuedCertificate issueNew(CertificateOrder order, Trace trace) {
    if (!properties.municipalities().contains(order.municipalityCode())) {
      throw RelayException.of(403, "WRONG_MUNICIPALITY", "this municipality is not served here");
    }
    serviceGate.requireOpen(order.type());
    trace.ended(Phase.GATE);
    LocalDate today = LocalDate.now(clock.withZone(TOKYO));
    FoundPerson person;
    CertificateSubject subject;
    FreshBody fresh;
    // the decision and the body from one reading of each row, read after the request came
    try (ReadMemo memo = ReadMemo.open()) {
      person = persons.find(order.juminhyoCode(), order.type());
      trace.personKey = person.ref().key();
      subject = new CertificateSubject(person.ref(), order.type(), order.options());
      decisions.require(person, subject, today);
      trace.ended(Phase.PERSON);
      fresh = bodies.obtain(subject);
      trace.ended(Phase.BODY);
    }
    if (!fresh.body().subject().key().equals(subject.key())) {
      throw new IllegalStateException("body of another subject for " + order.requestId());
    }
    trace.source = fresh.source();
    Stamping.Stamped stamped = stamping.stamp(fresh.body(), order.municipalityCode(), today);
    String bodySha256 = Hashes.sha256Hex(stamped.pdf());
    trace.ended(Phase.STAMP);
    StoredIssuance issued =
        new StoredIssuance(
            order.requestId(),
            order.fingerprint(),
            stamped.number(),
            person.ref().key(),
            order.type().name(),
            properties.fee(order.type()) * order.copies(),
            fresh.body().pageCount(),
            fresh.source().name(),
            bodySha256,
            stamped.pdf(),
            new BodyForm(fresh.form().dictionaryId(), fresh.form().bytes(), today));
    return commit.store(issued, trace);
  }

  /** What the log needs to know of a request as it goes. */
  static final class Trace {
    final CertificateOrder order;
    final long startNanos;
    final long[] ends = new long[Phase.values().length];
    String personKey;
    BodySource source;

    Trace(CertificateOrder order, long startNanos) {
      this.order = order;
      this.startNanos = startNanos;
    }

    void ended(Phase phase) {
      ends[phase.ordinal()] = System.nanoTime();
    }

    long elapsedMs() {
      return (System.nanoTime() - startNanos) / 1_000_000;
    }
  }
}
