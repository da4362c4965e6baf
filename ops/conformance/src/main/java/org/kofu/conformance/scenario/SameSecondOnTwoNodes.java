package org.kofu.conformance.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kofu.conformance.Outcome;
import org.kofu.core.readback.PersonSnapshot;
import org.kofu.kiosk.load.MixEntry;

/**
 * Bursts of requests released at the same instant from one kiosk, half to each node, for a few
 * people and every family of certificate: each answer is its own request's person, type and
 * options; every certificate number is unique; and one requestId sent to both nodes at once gets
 * the same bytes and number from both.
 */
public final class SameSecondOnTwoNodes implements Scenario {

  static final List<MixEntry> ENTRIES =
      List.of(
          new MixEntry("JUMINHYO", "{}", 1, true),
          new MixEntry("JUMINHYO", "{\"scope\":\"HOUSEHOLD\"}", 1, true),
          new MixEntry("JUMINHYO_KISAI", "{}", 1, false),
          new MixEntry("INKAN", "{}", 1, true),
          new MixEntry("SHOTOKU_KAZEI", "{}", 1, true),
          new MixEntry("KOSEKI_ZENBU", "{}", 1, true),
          new MixEntry("KOSEKI_FUHYO", "{}", 1, false));

  private static final int BURSTS = 3;
  private static final int PER_BURST = 16;

  @Override
  public String name() {
    return "same-second-two-nodes";
  }

  @Override
  public Outcome run(Target target) throws Exception {
    List<String> people = target.snapshots().issuableAdults(6);
    if (people.size() < 2) {
      return Outcome.skip(name(), "fewer than 2 issuable residents in the existing systems");
    }
    Map<String, PersonSnapshot> before = new HashMap<>();
    for (String person : people) {
      before.put(person, target.snapshots().read(person));
    }
    List<String> problems = new ArrayList<>();
    Set<String> numbers = new HashSet<>();
    int issued = 0;
    ExecutorService pool = Executors.newFixedThreadPool(PER_BURST + 2);
    try {
      for (int burst = 0; burst < BURSTS; burst++) {
        List<Issued> answers = burst(target, pool, people, before, burst);
        Issued[] pair = answers.subList(answers.size() - 2, answers.size()).toArray(Issued[]::new);
        for (Issued answer : answers) {
          String problem = answer.problem();
          if (problem != null) {
            problems.add(problem);
          } else if (answer != pair[1] && !numbers.add(answer.number())) {
            problems.add(answer.requestId() + ": number " + answer.number() + " given twice");
          }
          issued++;
        }
        if (!Arrays.equals(pair[0].reply().body(), pair[1].reply().body())
            || pair[0].number() == null
            || !pair[0].number().equals(pair[1].number())) {
          problems.add(pair[0].requestId() + ": the same request on both nodes, other answers");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    String nodes = target.nodes().size() == 1 ? "1 node (both to it)" : "2 nodes";
    return problems.isEmpty()
        ? Outcome.pass(
            name(),
            issued
                + " certificates in "
                + BURSTS
                + " same-instant bursts on "
                + nodes
                + ": each its request's, numbers unique, one requestId on both nodes answered alike")
        : Outcome.fail(
            name(), problems.size() + " problems in " + issued + " answers: " + first(problems));
  }

  /** One burst: PER_BURST distinct requests, then one request twice (the last two answers). */
  private static List<Issued> burst(
      Target target,
      ExecutorService pool,
      List<String> people,
      Map<String, PersonSnapshot> before,
      int burst)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Issued>> futures = new ArrayList<>();
    for (int j = 0; j < PER_BURST; j++) {
      String person = people.get(j % people.size());
      MixEntry entry = ENTRIES.get((j + burst) % ENTRIES.size());
      String id = Target.newRequestId();
      String json = target.certificate(id, person, entry.type(), entry.options(), "CONF-SAME");
      int node = j % 2;
      futures.add(pool.submit(() -> send(target, go, node, id, json, entry, before.get(person))));
    }
    String person = people.get(burst % people.size());
    MixEntry entry = ENTRIES.get(0);
    String id = Target.newRequestId();
    String json = target.certificate(id, person, entry.type(), entry.options(), "CONF-SAME");
    for (int node = 0; node < 2; node++) {
      int n = node;
      futures.add(pool.submit(() -> send(target, go, n, id, json, entry, before.get(person))));
    }
    go.countDown();
    List<Issued> answers = new ArrayList<>();
    for (Future<Issued> future : futures) {
      answers.add(future.get());
    }
    return answers;
  }

  private static Issued send(
      Target target,
      CountDownLatch go,
      int node,
      String requestId,
      String json,
      MixEntry entry,
      PersonSnapshot before)
      throws Exception {
    go.await();
    return new Issued(requestId, entry, before, target.post(node, "/jlis/v1/certificates", json));
  }

  static String first(List<String> problems) {
    return String.join("; ", problems.subList(0, Math.min(3, problems.size())));
  }
}
