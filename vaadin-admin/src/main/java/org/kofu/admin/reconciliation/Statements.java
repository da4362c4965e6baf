package org.kofu.admin.reconciliation;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.core.certificate.CertificateType;
import org.kofu.projectdb.settlement.MalformedStatementException;
import org.kofu.projectdb.settlement.StatementCheck;
import org.kofu.projectdb.settlement.StatementImports;
import org.kofu.projectdb.settlement.StatementImports.Imported;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statements and their check against the city's record: anyone signed in reads them, only an
 * officer imports one, and every upload, accepted or refused, is on the audit chain (a refusal by
 * its line, field and reason only: nothing of a refused file is kept, not even its name).
 */
@Service
public class Statements {

  /** The largest statement accepted: a month of every operator and type is some 100 KiB. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private final StatementImports imports;
  private final StatementCheck check;
  private final AuditTrail audit;
  private final Clock clock;

  Statements(DataSource dataSource, AuditTrail audit, Clock clock) {
    this.imports =
        new StatementImports(
            dataSource,
            Arrays.stream(CertificateType.values()).map(Enum::name).collect(Collectors.toSet()));
    this.check = new StatementCheck(dataSource);
    this.audit = audit;
    this.clock = clock;
  }

  /** What became of an upload. */
  public sealed interface Outcome {}

  /** Stored, as {@code imported}. */
  public record Accepted(Imported imported) implements Outcome {}

  /** Refused whole; nothing stored. */
  public record Refused(MalformedStatementException problem) implements Outcome {}

  /** The center, then each store operator's code. */
  public List<String> origins() {
    return imports.origins();
  }

  public List<Imported> imports() {
    return imports.imports();
  }

  public StatementCheck.Result check(Imported imported) {
    return check.check(imported);
  }

  /**
   * Imports {@code file} as {@code origin}'s statement when every line of it is well formed.
   *
   * @throws IllegalArgumentException when {@code origin} is neither the center nor an operator
   */
  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public Outcome upload(String origin, String fileName, byte[] file) {
    try {
      Imported imported =
          imports.importFile(origin, fileName, file, CurrentUser.login(), clock.instant());
      audit.record(
          "STATEMENT_IMPORTED",
          "#"
              + imported.id()
              + " "
              + origin
              + " "
              + imported.fileName()
              + " sha256="
              + imported.sha256()
              + " rows="
              + imported.rows());
      return new Accepted(imported);
    } catch (MalformedStatementException e) {
      audit.record(
          "STATEMENT_REFUSED",
          origin
              + " line "
              + e.line()
              + " "
              + (e.field() == null ? "-" : e.field())
              + " "
              + e.reason());
      return new Refused(e);
    }
  }
}
