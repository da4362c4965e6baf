package org.kofu.relay.issuance;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kofu.core.certificate.CertificateType;
import org.kofu.relay.fees.Charge;
import org.kofu.relay.fees.FeeTable;
import org.kofu.relay.idempotency.IssuanceRecords;
import org.kofu.relay.idempotency.KeptBodyDictionaries;
import org.kofu.relay.idempotency.StoredIssuance;
import org.kofu.relay.issuance.IssuanceService.Trace;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.log.LogEntry;
import org.kofu.relay.problem.RelayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last step: the issuance stored under its request id and its log record appended in one
 * transaction, so a certificate is logged exactly once; a repeat of the request gets the same bytes
 * back, whichever node stored them (rebuilt from the kept body, {@link KeptBodies}).
 */
@Component
class IssuanceCommit {

  private static final Logger log = LoggerFactory.getLogger(IssuanceCommit.class);

  private final IssuanceRecords records;
  private final KeptBodyDictionaries dictionaries;
  private final KeptBodies keptBodies;
  private final IssuanceLog issuanceLog;
  private final TransactionTemplate transactions;
  private final IssuancePhases phases;
  private final FeeTable fees;
  private final Clock clock;

  IssuanceCommit(
      IssuanceRecords records,
      KeptBodyDictionaries dictionaries,
      KeptBodies keptBodies,
      IssuanceLog issuanceLog,
      TransactionTemplate transactions,
      IssuancePhases phases,
      FeeTable fees,
      Clock clock) {
    this.records = records;
    this.dictionaries = dictionaries;
    this.keptBodies = keptBodies;
    this.issuanceLog = issuanceLog;
    this.transactions = transactions;
    this.phases = phases;
    this.fees = fees;
    this.clock = clock;
  }

  /** What a request is charged and kept with: the fee, operator and commission at requestedAt. */
  Charge charge(CertificateType type, String kioskId, Instant requestedAt) {
    return fees.charge(type, kioskId, requestedAt);
  }

  /** The stored answer to an earlier request with this id, or 409 if that one meant otherwise. */
  Optional<IssuedCertificate> replay(CertificateOrder order) {
    return records.find(order.requestId()).map(stored -> answer(order, stored));
  }

  /** Whether an issuance is stored under this request id (by any node). */
  boolean answered(String requestId) {
    return records.find(requestId).isPresent();
  }

  /** Stores and logs a stamped certificate; the request's steps are timed once it is stored. */
  IssuedCertificate store(StoredIssuance issued, Trace trace) {
    IssuedCertificate answer = storeOrReplay(issued, trace);
    trace.ended(IssuancePhases.Phase.COMMIT);
    phases.record(trace.order.requestId(), trace.source, trace.startNanos, trace.ends);
    return answer;
  }

  private IssuedCertificate storeOrReplay(StoredIssuance issued, Trace trace) {
    dictionaries.keep(issued.form().dictionaryId());
    StoredIssuance kept = keptBodies.sealed(issued);
    if (records.insertsTogether() ? storeTogether(kept, trace) : storeInTransaction(kept, trace)) {
      return certificate(issued, issued.pdf());
    }
    // another node answered the same request id first: its answer is the answer
    return replay(trace.order).orElseThrow();
  }

  /** The issuance and its log record in one statement: one round trip, its commit included. */
  private boolean storeTogether(StoredIssuance issued, Trace trace) {
    LogEntry entry = entry(trace, 200, "ISSUED", null, issued);
    if (!records.insertWith(issued, clock.instant(), issuanceLog.queueInsert(entry))) {
      return false;
    }
    issuanceLog.queued();
    return true;
  }

  private boolean storeInTransaction(StoredIssuance issued, Trace trace) {
    Boolean stored =
        transactions.execute(
            status -> {
              if (!records.insert(issued, clock.instant())) {
                status.setRollbackOnly();
                return false;
              }
              issuanceLog.append(entry(trace, 200, "ISSUED", null, issued));
              return true;
            });
    return Boolean.TRUE.equals(stored);
  }

  void logRefusal(Trace trace, RelayException e) {
    String reason = e.refusalCause() == null ? e.reason() : e.reason() + "/" + e.refusalCause();
    String decision = e.status() >= 500 ? "ERROR" : "REFUSED";
    try {
      issuanceLog.append(entry(trace, e.status(), decision, reason, null));
    } catch (RuntimeException failure) {
      log.error(
          "issuance log append failed for request {}: {}",
          trace.order.requestId(),
          failure.getClass().getSimpleName());
    }
  }

  private IssuedCertificate answer(CertificateOrder order, StoredIssuance stored) {
    if (!stored.requestHash().equals(order.fingerprint())) {
      throw RelayException.of(
          409, "REQUEST_ID_CONFLICT", "this request id was used for another request");
    }
    if (stored.purged()) {
      // the purge dropped the bytes after the idempotency window: issuing anew under the same id
      // would give another number and log it twice, so the repeat is refused
      throw RelayException.of(
          409,
          "REQUEST_ID_CONFLICT",
          "this request id was answered before the idempotency window; its certificate is no"
              + " longer kept");
    }
    byte[] pdf = stored.pdf() != null ? stored.pdf() : keptBodies.served(stored, order.options());
    return certificate(stored, pdf);
  }

  private static IssuedCertificate certificate(StoredIssuance s, byte[] pdf) {
    return new IssuedCertificate(
        s.requestId(),
        s.certificateNumber(),
        s.feeYen(),
        s.pageCount(),
        s.bodySha256(),
        s.source(),
        pdf);
  }

  private LogEntry entry(
      Trace trace, int status, String decision, String reason, StoredIssuance issued) {
    CertificateOrder order = trace.order;
    return new LogEntry(
        clock.instant(),
        "CERTIFICATE",
        order.requestId(),
        order.kioskId(),
        trace.personKey,
        order.type().name(),
        order.options().canonical(),
        status,
        decision,
        reason,
        trace.logSource != null
            ? trace.logSource
            : trace.source == null ? null : trace.source.name(),
        issued == null ? null : issued.certificateNumber(),
        issued == null ? null : issued.bodySha256(),
        trace.elapsedMs());
  }
}
