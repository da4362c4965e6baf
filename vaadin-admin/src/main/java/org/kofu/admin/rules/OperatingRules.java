package org.kofu.admin.rules;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kofu.admin.account.ApprovalRule;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
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

  @Transactional
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void stamp(Incident incident, Incident.Step step) {
    rules.stamp(incident.id(), step, clock.instant());
    audit.record("INCIDENT_" + step, "#" + incident.id());
  }

  @Transactional
  @PreAuthorize("hasRole('OFFICER')")
  public void addDocument(String title, String edition, String location) {
    rules.addDocument(title, edition, location, clock.instant());
    audit.record("DOCUMENT_ADDED", title + " " + edition);
  }

  @Transactional
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  public void request(Document document, String kind, String purpose) {
    rules.addRequest(document.id(), kind, purpose, CurrentUser.login(), clock.instant());
    audit.record("DOCUMENT_" + kind + "_REQUESTED", document.title() + " " + purpose);
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
