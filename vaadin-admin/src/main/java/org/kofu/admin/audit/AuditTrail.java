package org.kofu.admin.audit;

import java.time.Clock;
import java.util.List;
import org.kofu.projectdb.chain.ChainTable;
import org.kofu.projectdb.chain.ChainVerification;
import org.kofu.projectdb.chain.HashChain;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Appends an action to the audit chain: who (the signed-in user), what, when, from where. */
@Component
public class AuditTrail {

  private static final int DETAIL_LIMIT = 2000;

  private final HashChain chain;
  private final Clock clock;

  AuditTrail(HashChain chain, Clock clock) {
    this.chain = chain;
    this.clock = clock;
  }

  /** Records an action of the signed-in user from the current request's address. */
  public void record(String action, String detail) {
    record(currentActor(), action, detail, ClientAddress.current());
  }

  public void record(String actor, String action, String detail, String clientIp) {
    String text = detail == null ? "" : detail;
    chain.append(
        ChainTable.AUDIT,
        List.of(
            clock.instant(),
            actor,
            action,
            text.length() > DETAIL_LIMIT ? text.substring(0, DETAIL_LIMIT) : text,
            clientIp));
  }

  public ChainVerification verify() {
    return chain.verify(ChainTable.AUDIT);
  }

  static String currentActor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "-" : authentication.getName();
  }
}
