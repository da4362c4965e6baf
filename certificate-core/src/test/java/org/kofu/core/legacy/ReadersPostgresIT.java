package org.kofu.core.legacy;

/** The readers' SQL on PostgreSQL, in a database of its own. */
class ReadersPostgresIT extends ReadersContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.postgres();
  }
}
