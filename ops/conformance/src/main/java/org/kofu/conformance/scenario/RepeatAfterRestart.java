package org.kofu.conformance.scenario;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kofu.conformance.Outcome;
import org.kofu.core.readback.PersonSnapshot;
import org.kofu.kiosk.load.KioskHttp;
import org.kofu.kiosk.load.MixEntry;

/**
 * A certificate issued by a node, the node restarted (the run's restart command), and the same
 * request again: the same bytes and certificate number, its PRINTED result recorded once; a new
 * request afterwards gets a number of its own and its own person's body.
 */
public final class RepeatAfterRestart implements Scenario {

  // a relay restarts in under a minute on its own machine; a shared test machine took eight
  private static final Duration RESTART = Duration.ofMinutes(12);
  private static final MixEntry ENTRY = new MixEntry("JUMINHYO", "{}", 1, true);

  @Override
  public String name() {
    return "repeat-after-restart";
  }

  @Override
  public Outcome run(Target target) throws Exception {
    if (target.restartCommand() == null || target.restartCommand().isBlank()) {
      return Outcome.skip(name(), "no --restart-command given: the kit cannot restart a node");
    }
    List<String> people = target.snapshots().issuableAdults(1);
    if (people.isEmpty()) {
      return Outcome.skip(name(), "no issuable resident in the existing systems");
    }
    String person = people.get(0);
    int node = target.restartNode();
    PersonSnapshot before = target.snapshots().read(person);
    String id = Target.newRequestId();
    String json = target.certificate(id, person, ENTRY.type(), ENTRY.options());
    Issued first = new Issued(id, ENTRY, before, target.post(node, BadInput.CERTIFICATES, json));
    String problem = first.problem();
    if (problem != null) {
      return Outcome.fail(name(), "before the restart: " + problem);
    }
    String restarted = restart(target, node);
    if (restarted != null) {
      return Outcome.fail(name(), restarted);
    }
    KioskHttp.Reply again = target.post(node, BadInput.CERTIFICATES, json);
    if (again.status() != 200
        || !Arrays.equals(again.body(), first.reply().body())
        || !first.number().equals(again.header("X-Certificate-Number").orElse(null))) {
      return Outcome.fail(
          name(), id + ": the repeat after the restart answered " + again.status() + " otherwise");
    }
    String result = printed(target, node, id);
    if (result != null) {
      return Outcome.fail(name(), result);
    }
    String other = Target.newRequestId();
    Issued fresh =
        new Issued(
            other,
            ENTRY,
            before,
            target.post(
                node, BadInput.CERTIFICATES, target.certificate(other, person, "JUMINHYO", "{}")));
    problem = fresh.problem();
    if (problem == null && first.number().equals(fresh.number())) {
      problem = other + ": a new request got the number " + fresh.number() + " again";
    }
    return problem == null
        ? Outcome.pass(
            name(),
            "node "
                + (node + 1)
                + " restarted: the repeat got the same bytes and number, a new request its own")
        : Outcome.fail(name(), "after the restart: " + problem);
  }

  /** Runs the command and waits for the node's health; null when it is back. */
  private static String restart(Target target, int node) throws Exception {
    Process process =
        new ProcessBuilder("sh", "-c", target.restartCommand())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(RESTART.toSeconds(), TimeUnit.SECONDS)) {
      process.destroy();
      return "the restart command did not finish within " + RESTART.toMinutes() + " min";
    }
    if (process.exitValue() != 0) {
      return "the restart command exited " + process.exitValue();
    }
    long deadline = System.nanoTime() + RESTART.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (target.get(node, "/jlis/v1/health").status() == 200) {
          return null;
        }
      } catch (IOException e) {
        // not back yet
      }
      TimeUnit.SECONDS.sleep(1);
    }
    return "node " + (node + 1) + " not healthy within " + RESTART.toMinutes() + " min of restart";
  }

  /** Notifies PRINTED twice: 204 both times (a repeat of the same outcome). */
  private static String printed(Target target, int node, String id) throws IOException {
    String body =
        "{\"outcome\":\"PRINTED\",\"pagesPrinted\":1,\"reportedAt\":\"" + Target.now() + "\"}";
    for (int i = 0; i < 2; i++) {
      int status = target.post(node, BadInput.CERTIFICATES + "/" + id + "/result", body).status();
      if (status != 204) {
        return id + ": PRINTED after the restart answered " + status + ", not 204";
      }
    }
    return null;
  }
}
