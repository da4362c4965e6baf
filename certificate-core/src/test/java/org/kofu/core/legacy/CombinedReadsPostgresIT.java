package org.kofu.core.legacy;

/** The combined reads on PostgreSQL, in a database of its own. */
class CombinedReadsPostgresIT extends CombinedReadsContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.postgres();
  }
}
