package org.kofu.core.legacy;

/** The combined reads on H2, the embedded default. */
class CombinedReadsH2Tests extends CombinedReadsContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.h2();
  }
}
