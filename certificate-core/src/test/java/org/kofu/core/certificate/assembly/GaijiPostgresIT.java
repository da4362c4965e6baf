package org.kofu.core.certificate.assembly;

import org.kofu.core.legacy.LegacyDatabase;

/** 外字 on PostgreSQL, whose trigger bumps a gaiji row's version on update. */
class GaijiPostgresIT extends GaijiContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.postgres();
  }
}
