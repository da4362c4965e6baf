package org.kofu.core.certificate.assembly;

import org.kofu.core.legacy.LegacyDatabase;

/** The assembler on H2, the embedded default. */
class AssemblerH2Tests extends RegisterAssemblerContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.h2();
  }
}
