package org.kofu.conformance.scenario;

import java.util.ArrayList;
import java.util.List;
import org.kofu.conformance.Outcome;

/**
 * One request of {@link RestrictionMidLoad}: when it was sent, whether it concerned the restricted
 * person (their own 住民票, or a household member's HOUSEHOLD 住民票), and what was wrong with the answer
 * as an ordinary request (null: a right certificate).
 */
record Asked(
    String requestId, long sentNanos, boolean concernsRestricted, Issued answer, String problem) {

  /** PASS when every request after the commit was refused, and every other answer right. */
  static Outcome verdict(String name, List<Asked> asked, long committedAt, boolean withMember) {
    List<String> problems = new ArrayList<>();
    // the restricted person's answers first: the finding this scenario is for
    List<String> othersProblems = new ArrayList<>();
    int before = 0;
    int after = 0;
    int others = 0;
    for (Asked a : List.copyOf(asked)) {
      if (!a.concernsRestricted()) {
        others++;
        if (a.problem() != null) {
          othersProblems.add(a.problem());
        }
      } else if (a.sentNanos() < committedAt) {
        before++;
      } else {
        after++;
        var reply = a.answer().reply();
        boolean refused =
            reply.status() == 422
                && "NOT_ISSUABLE".equals(Issued.reason(reply))
                && "ISSUANCE_RESTRICTED".equals(Issued.cause(reply));
        if (!refused) {
          problems.add(
              a.requestId()
                  + ": sent after the restriction was committed, answered "
                  + reply.status()
                  + " "
                  + Issued.reason(reply)
                  + " "
                  + Issued.cause(reply));
        }
      }
    }
    problems.addAll(othersProblems);
    if (after == 0) {
      problems.add("no request for the restricted person after the commit");
    }
    String counts =
        before
            + " before and "
            + after
            + " after the commit"
            + (withMember ? " (their own and a member's HOUSEHOLD 住民票)" : "")
            + ", "
            + others
            + " for other people";
    return problems.isEmpty()
        ? Outcome.pass(name, counts + ": every one after it refused ISSUANCE_RESTRICTED")
        : Outcome.fail(name, counts + "; " + SameSecondOnTwoNodes.first(problems));
  }
}
