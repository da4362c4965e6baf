package org.kofu.admin.account;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Read access to the password ledger, for the officer and the auditor. */
@Service
@PreAuthorize("hasAnyRole('OFFICER', 'AUDITOR')")
public class CredentialLedger {

  private final AccountRepository accounts;

  CredentialLedger(AccountRepository accounts) {
    this.accounts = accounts;
  }

  public List<CredentialEvent> latest() {
    return accounts.ledger(500);
  }
}
