package org.kofu.relay.person;

import java.time.Clock;
import org.kofu.projectdb.registration.NewRegistration;
import org.kofu.projectdb.registration.RegistrationRepository;
import org.kofu.relay.log.IssuanceLog;
import org.kofu.relay.log.LogEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Records 本籍地利用登録申請 as PENDING; clerks decide them in the admin UI. */
@Component
public class Registrations {

  private final RegistrationRepository repository;
  private final IssuanceLog issuanceLog;
  private final TransactionTemplate transactions;
  private final Clock clock;

  Registrations(
      RegistrationRepository repository,
      IssuanceLog issuanceLog,
      TransactionTemplate transactions,
      Clock clock) {
    this.repository = repository;
    this.issuanceLog = issuanceLog;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Returns the new registration's id; the application and its log record commit together. */
  public long apply(RegistrationApplication application) {
    long start = System.nanoTime();
    Long id = transactions.execute(status -> insert(application, start));
    return id;
  }

  private long insert(RegistrationApplication application, long start) {
    long id =
        repository.insertPending(
            new NewRegistration(
                application.juminhyoCode(),
                application.name(),
                application.nameKana(),
                application.birthDate(),
                application.honseki(),
                application.hittosha(),
                application.requestedAt().toInstant()));
    issuanceLog.append(
        new LogEntry(
            clock.instant(),
            "REGISTRATION",
            application.requestId(),
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
