package org.kofu.conformance.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.kofu.conformance.Outcome;
import org.kofu.kiosk.load.KioskHttp;

/** Every node answers {@code GET /jlis/v1/health} with 200 and {@code UP}. */
public final class Health implements Scenario {

  @Override
  public String name() {
    return "health";
  }

  @Override
  public Outcome run(Target target) {
    List<String> down = new ArrayList<>();
    for (int i = 0; i < target.nodes().size(); i++) {
      try {
        KioskHttp.Reply reply = target.get(i, "/jlis/v1/health");
        if (reply.status() != 200 || !reply.text().contains("UP")) {
          down.add("node " + (i + 1) + " answered " + reply.status());
        }
      } catch (IOException e) {
        down.add("node " + (i + 1) + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
      }
    }
    return down.isEmpty()
        ? Outcome.pass(name(), target.nodes().size() + " node(s) answer 200 UP")
        : Outcome.fail(name(), String.join("; ", down));
  }
}
