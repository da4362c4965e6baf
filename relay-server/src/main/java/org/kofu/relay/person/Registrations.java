package org.kofu.relay.person;

import java.time.Clock;
import java.util.Optional;
import org.kofu.projectdb.registration.NewRegistration;
import org.kofu.projectdb.registration.Registration;
import org.kofu.projectdb.registration.RegistrationAudit;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.log.LogEntry;
import org.kofu.relay.problem.RelayException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records 本籍地利用登録申請 as PENDING; clerks decide them in the admin UI. One registration per requestId:
 * a repeat of the same application answers the stored id (also when two arrive at once: the loser
 * of the insert meets the unique key), another application under the same requestId is a 409.
 */
@Component
public class Registrations {

  private final RegistrationRepository repository;
  private final RegistrationAudit audit;
  private final IssuanceLog issuanceLog;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Registrations(
      RegistrationRepository repository,
      RegistrationAudit audit,
      IssuanceLog issuanceLog,
      TransactionTemplate transactions,
      Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.issuanceLog = issuanceLog;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The registration's id; a new application, its log and audit records commit together. */
  public long apply(RegistrationApplication application) {
    long start = System.nanoTime();
    NewRegistration request = request(application);
    Optional<Registration> stored = repository.byRequestId(application.requestId());
    if (stored.isPresent()) {
      return repeat(request, stored.get());
    }
    try {
      return transactions.execute(status -> insert(request, start));
    } catch (DuplicateKeyException e) {
      return repeat(request, repository.byRequestId(application.requestId()).orElseThrow(() -> e));
    }
  }

  private static long repeat(NewRegistration request, Registration stored) {
    if (!request.sameApplication(stored)) {
      throw RelayException.of(
          409, "REQUEST_ID_CONFLICT", "this requestId was used for another application");
    }
    return stored.id();
  }

  private static NewRegistration request(RegistrationApplication application) {
    return new NewRegistration(
        application.requestId(),
        application.juminhyoCode(),
        application.name(),
        application.nameKana(),
        application.birthDate(),
        application.honseki(),
        application.hittosha(),
        application.requestedAt().toInstant());
  }

  private long insert(NewRegistration request, long start) {
    long id = repository.insertPending(request);
    audit.record(
        clock.instant(),
        "relay",
        RegistrationAudit.RECEIVED,
        RegistrationAudit.detail(id, null, "request=" + request.requestId()),
        "center");
    issuanceLog.append(
        new LogEntry(
            clock.instant(),
            "REGISTRATION",
            request.requestId(),
            null,
            null,
            null,
            null,
            202,
            "RECORDED",
            "registration " + id,
            null,
            null,
            null,
            (System.nanoTime() - start) / 1_000_000));
    return id;
  }
}
