package org.kofu.core.legacy;

/** The combined reads on H2 in Oracle mode over the Oracle DDL (see ReadersOracleModeTests). */
class CombinedReadsOracleModeTests extends CombinedReadsContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.h2OracleMode();
  }
}
