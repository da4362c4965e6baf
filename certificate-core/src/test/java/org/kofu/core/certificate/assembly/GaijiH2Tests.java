package org.kofu.core.certificate.assembly;

import org.kofu.core.legacy.LegacyDatabase;

class GaijiH2Tests extends GaijiContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.h2();
  }
}
