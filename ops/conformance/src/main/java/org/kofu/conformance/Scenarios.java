package org.kofu.conformance;

import java.util.List;
import org.kofu.conformance.scenario.BadInputs;
import org.kofu.conformance.scenario.ChangeJustBefore;
import org.kofu.conformance.scenario.Health;
import org.kofu.conformance.scenario.NoClientCertificate;
import org.kofu.conformance.scenario.RepeatAfterRestart;
import org.kofu.conformance.scenario.RestrictionMidLoad;
import org.kofu.conformance.scenario.SameSecondOnTwoNodes;
import org.kofu.conformance.scenario.Scenario;

/** The kit's scenarios in the order they run: the node restart last, it disturbs the others. */
final class Scenarios {

  private Scenarios() {}

  static List<Scenario> all() {
    return List.of(
        new Health(),
        new BadInputs(),
        new NoClientCertificate(),
        new SameSecondOnTwoNodes(),
        new ChangeJustBefore(),
        new RestrictionMidLoad(),
        new RepeatAfterRestart());
  }
}
