package org.kofu.admin.issuance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.projectdb.chain.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Searches of the issuance log for officers, operators and auditors. A person search and a chain
 * check are audit records; the audit record names the PersonRef key, never the 住民票コード.
 */
@Service
@PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR', 'AUDITOR')")
public class LogSearch {

  private static final Pattern JUMINHYO_CODE = Pattern.compile("[0-9]{11}");

  /** A PersonRef key: {@code A<宛名番号>} or {@code K<koseki_id>-<kojin_no>}. */
  private static final Pattern PERSON_KEY = Pattern.compile("A[0-9]{1,18}|K[0-9]{1,18}-[0-9]{1,9}");

  private final IssuanceLogRepository log;
  private final ResidentKeys residents;
  private final AuditTrail audit;

  LogSearch(IssuanceLogRepository log, ResidentKeys residents, AuditTrail audit) {
    this.log = log;
    this.residents = residents;
    this.audit = audit;
  }

  public static boolean wellFormed(String juminhyoCode) {
    return JUMINHYO_CODE.matcher(juminhyoCode.strip()).matches();
  }

  public boolean personSearchAvailable() {
    return residents.available();
  }

  /** The person's key for an exact 住民票コード; the look-up is audited whether found or not. */
  public Optional<String> personKey(String juminhyoCode) {
    if (!wellFormed(juminhyoCode)) {
      throw new IllegalArgumentException("not a 住民票コード");
    }
    Optional<String> key = residents.keyOf(juminhyoCode);
    audit.record("ISSUANCE_PERSON_SEARCH", "person=" + key.orElse("not found"));
    return key;
  }

  /**
   * A person handed over by key (the coverage view's link); audited like a search by code. Empty
   * for anything that is not a PersonRef key.
   */
  Optional<String> personByKey(String key) {
    if (key == null || !PERSON_KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    audit.record("ISSUANCE_PERSON_SEARCH", "person=" + key + " (by key)");
    return Optional.of(key);
  }

  int count(LogFilter filter) {
    return log.count(filter);
  }

  List<LogRecord> page(LogFilter filter, int offset, int limit) {
    return log.page(filter, offset, limit);
  }

  ChainVerification verify() {
    ChainVerification check = log.verify();
    audit.record("ISSUANCE_CHAIN_VERIFIED", check.describe());
    return check;
  }
}
