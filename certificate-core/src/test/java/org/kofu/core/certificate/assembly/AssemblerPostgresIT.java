package org.kofu.core.certificate.assembly;

import org.kofu.core.legacy.LegacyDatabase;

/** The assembler on PostgreSQL, in a database of its own. */
class AssemblerPostgresIT extends RegisterAssemblerContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.postgres();
  }
}
