package org.kofu.conformance.scenario;

import java.util.ArrayList;
import java.util.List;
import org.kofu.conformance.Outcome;
import org.kofu.kiosk.load.LoadChanges;
import org.kofu.kiosk.load.MixEntry;

/**
 * A change committed to the existing systems just before a request (fixture mode): a person's
 * certificate is issued (so that any cache holds it), their 方書 is changed and committed, and the
 * next request, on the other node, must print the new 方書. The 方書 is put back afterwards.
 */
public final class ChangeJustBefore implements Scenario {

  static final String NEEDS_FIXTURES =
      "needs --write-fixtures (commits changes to the existing systems: a test database only)";

  private static final List<MixEntry> ENTRIES =
      List.of(
          new MixEntry("JUMINHYO", "{}", 1, true),
          new MixEntry("JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}", 1, true),
          new MixEntry("JUMINHYO_KISAI", "{}", 1, false),
          new MixEntry("INKAN", "{}", 1, true),
          new MixEntry("SHOTOKU_KAZEI", "{}", 1, true));

  @Override
  public String name() {
    return "change-just-before";
  }

  @Override
  public Outcome run(Target target) throws Exception {
    if (!target.writeFixtures()) {
      return Outcome.skip(name(), NEEDS_FIXTURES);
    }
    List<String> people = target.snapshots().issuableAdults(ENTRIES.size() + 6);
    if (people.size() < ENTRIES.size() + 1) {
      return Outcome.skip(name(), "too few issuable residents in the existing systems");
    }
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < ENTRIES.size(); i++) {
      // the last people: other scenarios take the first ones
      String person = people.get(people.size() - 1 - i);
      String original =
          target
              .jdbc()
              .queryForObject(
                  "SELECT katagaki FROM madoguchi.jumin WHERE juminhyo_code = ?",
                  String.class,
                  person);
      try {
        for (int round = 0; round < 2; round++) {
          String problem = round(target, person, ENTRIES.get(i), round);
          checked++;
          if (problem != null) {
            problems.add(problem);
          }
        }
      } finally {
        setKatagaki(target, person, original);
      }
    }
    return problems.isEmpty()
        ? Outcome.pass(
            name(), checked + " requests right after a committed change: each printed the change")
        : Outcome.fail(
            name(),
            problems.size() + " of " + checked + " wrong: " + SameSecondOnTwoNodes.first(problems));
  }

  /** Issues once, commits a new 方書, issues again on the other node: the change must show. */
  private static String round(Target target, String person, MixEntry entry, int round)
      throws Exception {
    String id = Target.newRequestId();
    Issued warm =
        new Issued(
            id,
            entry,
            target.snapshots().read(person),
            target.post(
                round,
                BadInput.CERTIFICATES,
                target.certificate(id, person, entry.type(), entry.options())));
    String problem = warm.problem();
    if (problem != null) {
      return "before the change: " + problem;
    }
    setKatagaki(target, person, LoadChanges.MARKER + System.currentTimeMillis());
    String next = Target.newRequestId();
    return new Issued(
            next,
            entry,
            target.snapshots().read(person),
            target.post(
                round + 1,
                BadInput.CERTIFICATES,
                target.certificate(next, person, entry.type(), entry.options())))
        .problem();
  }

  private static void setKatagaki(Target target, String person, String value) {
    target
        .jdbc()
        .update("UPDATE madoguchi.jumin SET katagaki = ? WHERE juminhyo_code = ?", value, person);
  }
}
