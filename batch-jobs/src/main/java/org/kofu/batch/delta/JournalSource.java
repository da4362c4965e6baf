package org.kofu.batch.delta;

/** The two change journals, read through their own data sources. */
enum JournalSource {
  MADOGUCHI("madoguchi.change_journal"),
  KOSEKI("koseki.change_journal");

  private final String table;

  JournalSource(String table) {
    this.table = table;
  }

  String table() {
    return table;
  }
}
