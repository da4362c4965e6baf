package org.kofu.conformance.scenario;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kofu.kiosk.load.MixEntry;

/**
 * One kiosk of {@link RestrictionMidLoad}: until {@code end}, every other request is for the
 * restricted person (their own 住民票, or the household member's HOUSEHOLD 住民票), the rest for the
 * other people, alternating nodes.
 */
final class Kiosk implements Runnable {

  private final Target target;
  private final int kiosk;
  private final String restricted;
  private final String member;
  private final List<String> others;
  private final long end;
  private final List<Asked> asked;

  Kiosk(
      Target target,
      int kiosk,
      String restricted,
      String member,
      List<String> others,
      long end,
      List<Asked> asked) {
    this.target = target;
    this.kiosk = kiosk;
    this.restricted = restricted;
    this.member = member;
    this.others = others;
    this.end = end;
    this.asked = asked;
  }

  @Override
  public void run() {
    for (int n = 0; System.nanoTime() < end && !Thread.currentThread().isInterrupted(); n++) {
      boolean concerns = n % 2 == 0;
      String person;
      MixEntry entry;
      if (concerns) {
        boolean viaMember = member != null && n % 4 == 2;
        person = viaMember ? member : restricted;
        entry = viaMember ? RestrictionMidLoad.HOUSEHOLD : RestrictionMidLoad.OWN;
      } else {
        person = others.get((kiosk + n) % others.size());
        entry = n % 4 == 1 ? RestrictionMidLoad.OWN : RestrictionMidLoad.HOUSEHOLD;
      }
      try {
        ask(concerns, person, entry, n);
        TimeUnit.MILLISECONDS.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        asked.add(new Asked("kiosk " + kiosk, System.nanoTime(), false, null, e.toString()));
      }
    }
  }

  private void ask(boolean concerns, String person, MixEntry entry, int n) throws Exception {
    String id = Target.newRequestId();
    var before = concerns ? null : target.snapshots().read(person);
    long sent = System.nanoTime();
    var reply =
        target.post(
            kiosk + n,
            BadInput.CERTIFICATES,
            target.certificate(id, person, entry.type(), entry.options(), "CONF-" + kiosk));
    Issued answer = new Issued(id, entry, before, reply);
    asked.add(new Asked(id, sent, concerns, answer, concerns ? null : answer.problem()));
  }
}
