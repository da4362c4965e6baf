package org.kofu.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import org.kofu.admin.account.ApprovalRule;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.coverage.CoverageExportRequests;
import org.kofu.admin.investigation.NotifyListExportRequests;
import org.kofu.admin.issuance.ExportRequests;
import org.kofu.admin.issuance.LogFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Request, decision and the one download of an export; every step is audited. */
@Service
class Exports implements ExportRequests, CoverageExportRequests, NotifyListExportRequests {

  private static final int SHOWN = 200;

  private final ExportRepository requests;
  private final LogCsv csv;
  private final CoverageCsv coverageCsv;
  private final NotifyCsv notifyCsv;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApprovalRule approvals;

  Exports(
      ExportRepository requests,
      LogCsv csv,
      CoverageCsv coverageCsv,
      NotifyCsv notifyCsv,
      AuditTrail audit,
      Clock clock,
      ApprovalRule approvals) {
    this.requests = requests;
    this.approvals = approvals;
    this.csv = csv;
    this.coverageCsv = coverageCsv;
    this.notifyCsv = notifyCsv;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public long request(LogFilter filter) {
    long id = requests.insert(CurrentUser.login(), clock.instant(), filter);
    audit.record("EXPORT_REQUESTED", "export=" + id + " " + Criteria.describe(filter));
    return id;
  }

  @Override
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public long requestCoverage(long scanId) {
    long id = requests.insertCoverage(CurrentUser.login(), clock.instant(), scanId);
    audit.record("EXPORT_REQUESTED", "export=" + id + " coverage scan=" + scanId);
    return id;
  }

  @Override
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public long requestNotifyList(long incidentId) {
    long id = requests.insertNotifyList(CurrentUser.login(), clock.instant(), incidentId);
    audit.record("EXPORT_REQUESTED", "export=" + id + " persons to notify incident=" + incidentId);
    return id;
  }

  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR', 'AUDITOR')")
  List<ExportRequest> latest() {
    return requests.latest(SHOWN);
  }

  /** True when the signed-in user may decide the request (see {@link ApprovalRule}). */
  boolean mayDecide(ExportRequest request) {
    return approvals.mayDecide(request.requestedBy());
  }

  @PreAuthorize("hasRole('OFFICER')")
  boolean decide(long id, boolean approve) {
    approvals.check(requests.find(id).requestedBy());
    boolean done =
        requests.decide(
            id, "PENDING", approve ? "APPROVED" : "REJECTED", CurrentUser.login(), clock.instant());
    if (done) {
      audit.record(approve ? "EXPORT_APPROVED" : "EXPORT_REJECTED", "export=" + id);
    }
    return done;
  }

  /** The one download by the requester; false when not approved, not theirs or already taken. */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  boolean download(long id, OutputStream out) throws IOException {
    if (!requests.claimDownload(id, CurrentUser.login(), clock.instant())) {
      audit.record("EXPORT_DOWNLOAD_REFUSED", "export=" + id);
      return false;
    }
    ExportRequest request = requests.find(id);
    int count;
    if (request.notifyList()) {
      count = notifyCsv.write(request.incidentId(), out);
    } else if (request.coverage()) {
      count = coverageCsv.write(request.coverageScanId(), out);
    } else {
      count = csv.write(request.filter(), out);
    }
    audit.record("EXPORT_DOWNLOADED", "export=" + id + " records=" + count);
    return true;
  }
}
