package org.kofu.demodata.load;

import java.sql.SQLException;

/** Writes the rows of one table during one load phase. */
interface TableWriter {

  void write(Object[] row) throws SQLException;

  /** Sends what is buffered; the rows are in once the phase's transaction commits. */
  void finish() throws SQLException;
}
