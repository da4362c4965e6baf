package org.kofu.core.legacy;

/** The readers' SQL on H2, the embedded default. */
class ReadersH2Tests extends ReadersContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.h2();
  }
}
