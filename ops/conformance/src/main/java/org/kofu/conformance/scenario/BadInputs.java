package org.kofu.conformance.scenario;

import java.util.ArrayList;
import java.util.List;
import org.kofu.conformance.Outcome;
import org.kofu.kiosk.load.KioskHttp;

/**
 * Malformed and refused requests, each answered with the contract's error: the status, {@code
 * application/problem+json}, its {@code reason}, the {@code errors} array for a field that is
 * missing or ill-formed, {@code X-Request-Id} echoing a requestId that could be read, and no
 * personal data in the answer.
 */
public final class BadInputs implements Scenario {

  @Override
  public String name() {
    return "bad-inputs";
  }

  @Override
  public Outcome run(Target target) throws Exception {
    List<String> people = target.snapshots().issuableAdults(1);
    if (people.isEmpty()) {
      return Outcome.skip(name(), "no issuable resident in the existing systems");
    }
    String person = people.get(0);
    List<BadInput> cases = BadInput.all(target, person, unknownPerson(target));
    List<String> wrong = new ArrayList<>();
    for (BadInput input : cases) {
      String problem = input.judge(target, person);
      if (problem != null) {
        wrong.add(problem);
      }
    }
    wrong.addAll(BadInput.results(target, person));
    int total = cases.size() + BadInput.RESULT_CASES;
    return wrong.isEmpty()
        ? Outcome.pass(name(), total + " bad requests, each answered with the contract's error")
        : Outcome.fail(
            name(), wrong.size() + " of " + total + " not as the contract says: " + first(wrong));
  }

  /** An 11-digit 住民票コード the existing systems do not hold. */
  private static String unknownPerson(Target target) {
    for (long n = 99_999_999_999L; ; n -= 7_919) {
      String code = Long.toString(n);
      Integer known =
          target
              .jdbc()
              .queryForObject(
                  "SELECT COUNT(*) FROM madoguchi.jumin WHERE juminhyo_code = ?",
                  Integer.class,
                  code);
      if (known != null && known == 0) {
        return code;
      }
    }
  }

  static String first(List<String> problems) {
    return String.join("; ", problems.subList(0, Math.min(4, problems.size())));
  }

  /** The reply's fault in one phrase, or null: status, media type and reason as expected. */
  static String fault(KioskHttp.Reply reply, int status, String reason) {
    if (reply.status() != status) {
      return "answered " + reply.status() + " " + Issued.reason(reply) + ", not " + status;
    }
    if (!reply.header("Content-Type").orElse("").startsWith("application/problem+json")) {
      return "not application/problem+json";
    }
    if (reason != null && !reason.equals(Issued.reason(reply))) {
      return "reason " + Issued.reason(reply) + ", not " + reason;
    }
    return null;
  }
}
