package org.kofu.admin.investigation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kofu.admin.account.ApprovalRule;
import org.kofu.admin.account.CurrentUser;
import org.kofu.admin.audit.AuditTrail;
import org.kofu.admin.issuance.LogSearch;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident's investigation: link the issuances it concerns (by number, kiosk and time range, or
 * person found through the audited person search), read what each printed and to whom, list the
 * persons to notify, and show a kept body again on an officer's approval. Every step is in the
 * audit chain, naming incident, request ids and PersonRef keys, never a name or 住民票コード.
 */
@Service
@PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR', 'AUDITOR')")
public class Investigations {

  private final InvestigationRepository repository;
  private final IssuanceFinder finder;
  private final LogSearch people;
  private final KeptBodyReader bodies;
  private final ApprovalRule approvals;
  private final AuditTrail audit;
  private final Clock clock;

  Investigations(
      InvestigationRepository repository,
      IssuanceFinder finder,
      LogSearch people,
      KeptBodyReader bodies,
      ApprovalRule approvals,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.finder = finder;
    this.people = people;
    this.bodies = bodies;
    this.approvals = approvals;
    this.audit = audit;
    this.clock = clock;
  }

  /** Links the issuance with this certificate number; the number of links added (0 or 1). */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  @Transactional
  public int linkByNumber(long incidentId, String certificateNumber) {
    return link(incidentId, "NUMBER", finder.byNumber(certificateNumber), certificateNumber);
  }

  /** Links every issuance the kiosk asked for in [from, to). */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  @Transactional
  public int linkByKiosk(long incidentId, String kioskId, Instant from, Instant to) {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("the range ends before it starts");
    }
    return link(
        incidentId, "KIOSK", finder.byKiosk(kioskId, from, to), kioskId + " " + from + "/" + to);
  }

  /**
   * Links every issuance of the person with this 住民票コード, found through the issuance log's person
   * search (itself an audit record); empty when no such person.
   */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  @Transactional
  public Optional<Integer> linkByPerson(long incidentId, String juminhyoCode) {
    Optional<String> person = people.personKey(juminhyoCode);
    return person.map(key -> link(incidentId, "PERSON", finder.byPerson(key), "person=" + key));
  }

  private int link(long incidentId, String how, List<String> requestIds, String criterion) {
    if (!repository.incidentExists(incidentId)) {
      throw new IllegalArgumentException("no incident " + incidentId);
    }
    int added = 0;
    Instant now = clock.instant();
    for (String requestId : requestIds) {
      if (repository.link(incidentId, requestId, how, CurrentUser.login(), now)) {
        added++;
      }
    }
    audit.record(
        "INCIDENT_ISSUANCES_LINKED",
        "incident=" + incidentId + " by=" + how + " " + criterion + " added=" + added);
    return added;
  }

  /** What each linked issuance printed and to whom; opening it is an audit record. */
  public List<LinkedIssuance> linked(long incidentId) {
    List<LinkedIssuance> linked = repository.linked(incidentId);
    audit.record("INVESTIGATION_VIEWED", "incident=" + incidentId + " issuances=" + linked.size());
    return linked;
  }

  /** The persons to notify: each person a linked issuance printed for, once, in order. */
  public static List<String> personsToNotify(List<LinkedIssuance> linked) {
    Set<String> persons = new LinkedHashSet<>();
    linked.forEach(issuance -> persons.add(issuance.personKey()));
    return List.copyOf(persons);
  }

  public List<InvestigationRepository.IncidentChoice> incidents() {
    return repository.incidents();
  }

  public boolean bodiesCanBeShown() {
    return bodies.available();
  }

  public boolean personSearchAvailable() {
    return people.personSearchAvailable();
  }

  public List<DisplayRequest> displayRequests(long incidentId) {
    return repository.displayRequests(incidentId);
  }

  /** Asks to show a linked issuance's kept body again; an officer other than the asker decides. */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  @Transactional
  public long requestDisplay(long incidentId, String requestId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a reason is required");
    }
    boolean linked =
        repository.linked(incidentId).stream().anyMatch(i -> i.requestId().equals(requestId));
    if (!linked) {
      throw new IllegalArgumentException("not an issuance of this incident");
    }
    long id =
        repository.requestDisplay(
            incidentId, requestId, reason.strip(), CurrentUser.login(), clock.instant());
    audit.record(
        "BODY_DISPLAY_REQUESTED",
        "display=" + id + " incident=" + incidentId + " request=" + requestId);
    return id;
  }

  /** True when the signed-in user may decide the request (see {@link ApprovalRule}). */
  public boolean mayDecide(DisplayRequest request) {
    return CurrentUser.has(org.kofu.admin.account.Role.OFFICER)
        && approvals.mayDecide(request.requestedBy());
  }

  @PreAuthorize("hasRole('OFFICER')")
  @Transactional
  public boolean decide(long displayId, boolean approve) {
    DisplayRequest request =
        repository
            .displayRequest(displayId)
            .orElseThrow(() -> new IllegalArgumentException("no display request " + displayId));
    approvals.check(request.requestedBy());
    boolean done =
        repository.decide(
            displayId, approve ? "APPROVED" : "REJECTED", CurrentUser.login(), clock.instant());
    if (done) {
      audit.record(
          approve ? "BODY_DISPLAY_APPROVED" : "BODY_DISPLAY_REJECTED",
          "display=" + displayId + " request=" + request.requestId());
    }
    return done;
  }

  /**
   * The approved body, once, to its requester, after its hash is checked against the issuance log.
   *
   * @throws AccessDeniedException when not approved, not the requester's, or already shown
   * @throws KeptBodyReader.RefusedException when the body is not kept, does not open or does not
   *     match its hash (an audit record names why)
   */
  @PreAuthorize("hasAnyRole('OFFICER', 'OPERATOR')")
  // a refusal is an audit record too: it must not roll back with the exception
  @Transactional(
      noRollbackFor = {KeptBodyReader.RefusedException.class, AccessDeniedException.class})
  public KeptBodyReader.Shown show(long displayId) {
    DisplayRequest request =
        repository
            .displayRequest(displayId)
            .orElseThrow(() -> new IllegalArgumentException("no display request " + displayId));
    if (!repository.claimShowing(displayId, CurrentUser.login(), clock.instant())) {
      audit.record("BODY_DISPLAY_REFUSED", "display=" + displayId + " not approved for this user");
      throw new AccessDeniedException("not an approved request of this user, or shown already");
    }
    try {
      KeptBodyReader.Shown shown = bodies.read(request.requestId());
      audit.record(
          "BODY_DISPLAYED",
          "display="
              + displayId
              + " request="
              + request.requestId()
              + (shown.checkedAgainstLog() ? " hash=log" : " hash=record (log archived)"));
      return shown;
    } catch (KeptBodyReader.RefusedException e) {
      audit.record(
          "BODY_DISPLAY_REFUSED",
          "display=" + displayId + " request=" + request.requestId() + " " + e.refusal());
      throw e;
    }
  }
}
