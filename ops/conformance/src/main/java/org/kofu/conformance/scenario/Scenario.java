package org.kofu.conformance.scenario;

import org.kofu.conformance.Outcome;

/** One scenario of the contract's invariants, run against the server under test. */
public interface Scenario {

  /** The name printed on its line. */
  String name();

  /** Runs it; an exception it throws is printed as its FAIL. */
  Outcome run(Target target) throws Exception;
}
