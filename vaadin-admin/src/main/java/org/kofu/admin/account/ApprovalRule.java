package org.kofu.admin.account;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who may decide a request (an export, a document take-out): an officer other than the requester
 * and other than whoever created the requester's account, who knew its one-time password and could
 * otherwise request through it and approve.
 */
@Service
public class ApprovalRule {

  private final AccountRepository accounts;

  ApprovalRule(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /**
   * True when the signed-in user is neither the requester nor the requester's account's creator.
   */
  public boolean mayDecide(String requester) {
    String approver = CurrentUser.login();
    if (approver.equals(requester)) {
      return false;
    }
    String creator = accounts.find(requester).map(AdminUser::createdBy).orElse(null);
    return !approver.equals(creator);
  }

  /** Refuses a decision the signed-in user may not take. */
  public void check(String requester) {
    if (!mayDecide(requester)) {
      throw new AccessDeniedException("requester or the requester's account creator");
    }
  }
}
