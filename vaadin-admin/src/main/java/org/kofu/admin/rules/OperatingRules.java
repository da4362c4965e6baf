package org.kofu.admin.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kofu.admin.account.ApprovalRule;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.account.Role;
import org.kofu.admin.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the registers, each audited. The contact list and document decisions are the
 * officer's; incidents and requests may be recorded by operators too.
 */
@Service
class OperatingRules {

  private final RulesRepository rules;
  private final AuditTrail audit;
  private final Clock clock;
  private final ApprovalRule approvals;

  OperatingRules(RulesRepository rules, AuditTrail audit, Clock clock, ApprovalRule approvals) {
    this.rules = rules;
    this.approvals = approvals;
    this.audit = audit;
    this.clock = clock;
  }

  List<Contact> contacts() {
    return rules.contacts();
  }

  List<Incident> incidents() {
    return rules.incidents();
  }

  List<Document> documents() {
    return rules.documents();
  }

  List<DocumentRequest> requests() {
    return rules.requests();
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void addContact(
      int position, String organisation, String person, String phone, String note) {
    rules.addContact(position, organisation, person, phone, note);
    audit.record("CONTACT_ADDED", organisation + " " + person + " " + phone);
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void deleteContact(Contact contact) {
    rules.deleteContact(contact.id());
    audit.record("CONTACT_DELETED", contact.organisation() + " " + contact.person());
  }

  @Transactional
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void recordIncident(Instant occurredAt, String category, String summary) {
    rules.addIncident(occurredAt, category, summary, CurrentUser.login());
    audit.record("INCIDENT_RECORDED", category + " " + summary);
  }

  /**
   * Records a step of the incident's reporting chain as done now by the signed-in user: only the
   * next step in the rules' order, once; closing is the officer's.
   *
   * @throws IllegalStateException when the step is not in this incident's chain, is done, or the
   *     step the rules put before it is not
   */
  @Transactional
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void stamp(Incident incident, Incident.Step step) {
    if (step == Incident.Step.CLOSED && !CurrentUser.has(Role.OFFICER)) {
      throw new AccessDeniedException("closing an incident is the officer's");
    }
    if (!incident.chain().contains(step)
        || !rules.stamp(
            incident.id(), step, incident.before(step), CurrentUser.login(), clock.instant())) {
      throw new IllegalStateException(
          "incident #" + incident.id() + ": " + step + " is not the next step of its chain");
    }
    audit.record("INCIDENT_" + step, "#" + incident.id() + " " + incident.category());
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void addDocument(String title, String edition, String location) {
    rules.addDocument(title, edition, location, CurrentUser.login(), clock.instant());
    audit.record("DOCUMENT_ADDED", title + " " + edition + " " + location);
  }

  /** The officer keeps a document current: its edition and where it is kept (clause 7). */
  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void updateDocument(Document document, String edition, String location) {
    if (!rules.updateDocument(
        document.id(), edition, location, CurrentUser.login(), clock.instant())) {
      throw new IllegalStateException("document #" + document.id() + " is not in force");
    }
    audit.record(
        "DOCUMENT_UPDATED",
        document.title()
            + ": "
            + document.edition()
            + " "
            + document.location()
            + " -> "
            + edition
            + " "
            + location);
  }

  /** The officer takes a document out of force; it stays in the register, marked retired. */
  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void retire(Document document) {
    if (!rules.retire(document.id(), CurrentUser.login(), clock.instant())) {
      throw new IllegalStateException("document #" + document.id() + " is not in force");
    }
    audit.record("DOCUMENT_RETIRED", document.title() + " " + document.edition());
  }

  @Transactional
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void request(Document document, String kind, String purpose) {
    if (!rules.addRequest(document.id(), kind, purpose, CurrentUser.login(), clock.instant())) {
      throw new IllegalStateException("document #" + document.id() + " is not in force");
    }
    audit.record("DOCUMENT_" + kind + "_REQUESTED", document.title() + " " + purpose);
  }

  /**
   * The officer records an approved take-out returned, or an approved disposal carried out (which
   * retires the document).
   */
  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void complete(DocumentRequest request) {
    Instant now = clock.instant();
    if (!request.awaitsCompletion()
        || !rules.complete(request.id(), request.kind(), CurrentUser.login(), now)) {
      throw new IllegalStateException("request #" + request.id() + " awaits no completion");
    }
    boolean disposal = "DISPOSAL".equals(request.kind());
    if (disposal) {
      rules.retire(request.documentId(), CurrentUser.login(), now);
    }
    audit.record(
        disposal ? "DOCUMENT_DISPOSED" : "DOCUMENT_RETURNED",
        "#" + request.id() + " " + request.documentTitle());
  }

  /** True when the signed-in user may decide the request (see {@link ApprovalRule}). */
  boolean mayDecide(DocumentRequest request) {
    return approvals.mayDecide(request.requestedBy());
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public boolean decide(DocumentRequest request, boolean approved, String reason) {
    approvals.check(request.requestedBy());
    boolean done =
        rules.decide(request.id(), approved, reason, CurrentUser.login(), clock.instant());
    audit.record(
        approved ? "DOCUMENT_REQUEST_APPROVED" : "DOCUMENT_REQUEST_REJECTED",
        "#" + request.id() + " " + request.documentTitle() + " " + reason);
    return done;
  }
}
