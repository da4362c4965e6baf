package org.kofu.relay.issuance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.kofu.core.certificate.CertificateSubject;
import org.kofu.core.certificate.assembly.MissingRecordException;
import org.kofu.core.legacy.read.ReadMemo;
import org.kofu.core.render.font.UndrawableCharacterException;
import org.kofu.core.rules.RefusalCause;
import org.kofu.relay.RelayProperties;
import org.kofu.relay.budget.Deadline;
import org.kofu.relay.fees.Charge;
import org.kofu.relay.freshness.BodySource;
import org.kofu.relay.freshness.FreshBody;
import org.kofu.relay.idempotency.KeptBody;
import org.kofu.relay.idempotency.Settled;
import org.kofu.relay.idempotency.StoredIssuance;
import org.kofu.relay.issuance.IssuancePhases.Phase;
import org.kofu.relay.person.FoundPerson;
import org.kofu.relay.person.PersonFinder;
import org.kofu.relay.problem.RelayException;
import org.kofu.relay.service.ServiceGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The request path of a 証明書交付要求, in one direction: service hours → the person → the rules (on every
 * request) → a fresh body from the cache or rendered → the subject the body records for itself
 * checked against the request ({@link ServedBodyCheck}) → 証明日 and number stamped → stored and
 * logged together, or the stored answer when the request id was answered before.
 */
@Component
public class IssuanceService {

  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static final Logger log = LoggerFactory.getLogger(IssuanceService.class);

  private final RelayProperties properties;
  private final ServiceGate serviceGate;
  private final PersonFinder persons;
  private final Decisions decisions;
  private final ServedBodyCheck bodies;
  private final Stamping stamping;
  private final IssuanceCommit commit;
  private final ExistingSystemIssuance existing;
  private final Clock clock;

  @SuppressWarnings("checkstyle:ParameterNumber")
  IssuanceService(
      RelayProperties properties,
      ServiceGate serviceGate,
      PersonFinder persons,
      Decisions decisions,
      ServedBodyCheck bodies,
      Stamping stamping,
      IssuanceCommit commit,
      ExistingSystemIssuance existing,
      Clock clock) {
    this.properties = properties;
    this.serviceGate = serviceGate;
    this.persons = persons;
    this.decisions = decisions;
    this.bodies = bodies;
    this.stamping = stamping;
    this.commit = commit;
    this.existing = existing;
    this.clock = clock;
  }

  public IssuedCertificate issue(CertificateOrder requested) {
    // the body, the log and a repeat's check all name the form issued, the city's if none was asked
    CertificateOrder order = decisions.withCityForm(requested);
    Trace trace = new Trace(order, System.nanoTime());
    StoredIssuance issued;
    try {
      issued = prepare(order, trace);
    } catch (RuntimeException e) {
      return storedAnswerOrRefusal(order, trace, e);
    }
    try {
      // an answer already given as a 503 must not be followed by a stored issuance
      Deadline.requireTimeLeft();
      // a repeat that got this far is found here: the request id is unique among the issuances
      return commit.store(issued, trace);
    } catch (RuntimeException e) {
      throw refusal(trace, e);
    }
  }

  /**
   * A repeat gets its stored answer whatever the rules, the hours or the existing systems say now.
   * Looking for it only when an attempt is refused, instead of before every request, saves every
   * new request a round trip to the project database.
   */
  private IssuedCertificate storedAnswerOrRefusal(
      CertificateOrder order, Trace trace, RuntimeException refused) {
    Optional<IssuedCertificate> stored;
    try {
      stored = commit.replay(order);
    } catch (RuntimeException e) {
      // the id used for another request (409), or the project database down, where whether this
      // is a repeat cannot be told: that is the answer
      throw refusal(trace, e);
    }
    return stored.orElseThrow(() -> refusal(trace, refused));
  }

  /** The refusal to answer, logged; an internal error is logged as one and thrown as it came. */
  private RuntimeException refusal(Trace trace, RuntimeException e) {
    if (e instanceof RelayException refused) {
      commit.logRefusal(trace, refused);
      return refused;
    }
    if (e instanceof UndrawableCharacterException u) {
      // the record key, field and code points, never the text: the clerks look at the person
      log.warn(
          "unprintable {} for {}: {} in {}",
          trace.order.type(),
          trace.personKey,
          u.codePoints(),
          u.source());
      RelayException unprintable =
          RelayException.notIssuable(RefusalCause.UNPRINTABLE_CHARACTER.name());
      commit.logRefusal(trace, unprintable);
      return unprintable;
    }
    if (e instanceof DataAccessException || e instanceof MissingRecordException) {
      // an existing system unreachable, or its records changed under the request: fail closed
      RelayException unavailable =
          RelayException.unavailable(
              "SOURCE_UNAVAILABLE", "the existing systems cannot be read", retryAfter(e));
      commit.logRefusal(trace, unavailable);
      return unavailable;
    }
    commit.logRefusal(trace, RelayException.of(500, "INTERNAL_ERROR", "internal error"));
    return e;
  }

  private Duration retryAfter(RuntimeException e) {
    return e instanceof MissingRecordException
        ? Duration.ofSeconds(1)
        : properties.sourceRetryAfter();
  }

  private StoredIssuance prepare(CertificateOrder order, Trace trace) {
    if (!properties.municipalities().contains(order.municipalityCode())) {
      throw RelayException.of(403, "WRONG_MUNICIPALITY", "this municipality is not served here");
    }
    serviceGate.requireOpen(order.type());
    trace.ended(Phase.GATE);
    LocalDate today = LocalDate.now(clock.withZone(TOKYO));
    FoundPerson person;
    CertificateSubject subject;
    FreshBody fresh = null;
    Optional<ForeignIssue> foreign = Optional.empty();
    // the decision and the body from one reading of each row, read after the request came
    try (ReadMemo memo = ReadMemo.open()) {
      person = persons.find(order.juminhyoCode(), order.type());
      trace.personKey = person.ref().key();
      subject = new CertificateSubject(person.ref(), order.type(), order.options());
      decisions.require(person, subject, today);
      trace.ended(Phase.PERSON);
      if (existing.appliesTo(order.type())) {
        trace.logSource = ForeignIssue.LOG_ON_DEMAND;
        foreign =
            existing.issue(
                subject,
                order.juminhyoCode(),
                order.municipalityCode(),
                today,
                order.requestId(),
                () -> requireUnanswered(order));
        trace.logSource = foreign.map(ForeignIssue::logSource).orElse(null);
      }
      if (foreign.isEmpty()) {
        fresh = bodies.obtain(subject, order.requestId());
      }
      trace.ended(Phase.BODY);
    }
    if (foreign.isPresent()) {
      return foreign(order, trace, person, foreign.get(), today);
    }
    return rendered(order, trace, person, fresh, today);
  }

  private StoredIssuance rendered(
      CertificateOrder order, Trace trace, FoundPerson person, FreshBody fresh, LocalDate today) {
    trace.source = fresh.source();
    Stamping.Stamped stamped = stamping.stamp(fresh.body(), order.municipalityCode(), today);
    String bodySha256 = DigestUtils.sha256Hex(stamped.pdf());
    trace.ended(Phase.STAMP);
    return issuance(
        order,
        stamped.number(),
        person,
        fresh.body().pageCount(),
        fresh.source().name(),
        bodySha256,
        stamped.pdf(),
        new KeptBody(fresh.form().dictionaryId(), fresh.form().bytes(), today));
  }

  /** An existing system's certificate, already stamped (cache) or finished (on demand). */
  private StoredIssuance foreign(
      CertificateOrder order,
      Trace trace,
      FoundPerson person,
      ForeignIssue issue,
      LocalDate today) {
    trace.source = issue.source();
    String bodySha256 = DigestUtils.sha256Hex(issue.pdf());
    trace.ended(Phase.STAMP);
    return issuance(
        order,
        issue.number(),
        person,
        issue.pageCount(),
        issue.source().name(),
        bodySha256,
        issue.pdf(),
        new KeptBody(issue.form().dictionaryId(), issue.form().bytes(), today));
  }

  /** The issuance as stored, with the fee, operator and commission in force at requestedAt. */
  private StoredIssuance issuance(
      CertificateOrder order,
      String number,
      FoundPerson person,
      int pageCount,
      String source,
      String bodySha256,
      byte[] pdf,
      KeptBody kept) {
    // the fee, operator and commission in force when the request arrived (settlement.md)
    Instant requestedAt = order.requestedAt().toInstant();
    Charge charge = commit.charge(order.type(), order.kioskId(), requestedAt);
    return new StoredIssuance(
        order.requestId(),
        order.fingerprint(),
        number,
        person.ref().key(),
        order.type().name(),
        charge.feePerCopyYen() * order.copies(),
        pageCount,
        source,
        bodySha256,
        pdf,
        kept,
        new Settled(
            order.copies(),
            order.kioskId(),
            requestedAt,
            charge.operatorCode(),
            charge.commissionPerCopyYen() * order.copies()));
  }

  /**
   * Before the existing system is asked for a certificate on demand: a repeat of an answered
   * request stops here and gets its stored answer ({@link #storedAnswerOrRefusal}).
   */
  private void requireUnanswered(CertificateOrder order) {
    if (commit.answered(order.requestId())) {
      throw new AnsweredBefore();
    }
  }

  /** The request id was answered before: replay it. */
  static final class AnsweredBefore extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnsweredBefore() {
      super("answered before", null, false, false);
    }
  }

  /** What the log needs to know of a request as it goes. */
  static final class Trace {
    final CertificateOrder order;
    final long startNanos;
    final long[] ends = new long[Phase.values().length];
    String personKey;
    BodySource source;

    /**
     * The issuance log's source when the body is not one the project rendered ({@link
     * ForeignIssue#LOG_CACHE}, {@link ForeignIssue#LOG_ON_DEMAND}); else the {@code X-Source}.
     */
    String logSource;

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
