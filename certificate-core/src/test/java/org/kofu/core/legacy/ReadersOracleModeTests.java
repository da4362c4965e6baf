package org.kofu.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The readers' SQL on H2 in Oracle mode over the Oracle DDL ({@code
 * legacy/oracle/legacy-schema.sql} in demo-data): NUMBER, VARCHAR2, CLOB, BLOB, DATE with a time
 * part, and 除籍 as NUMBER(1). Not a real Oracle: what this does not show is listed in
 * docs/oracle.md.
 */
class ReadersOracleModeTests extends ReadersContract {

  @Override
  LegacyDatabase open() throws Exception {
    return LegacyDatabase.h2OracleMode();
  }

  @Test
  void runsOnTheOracleTypesNotTheH2Ones() {
    assertThat(
            db.jdbc()
                .queryForList(
                    "SELECT TABLE_NAME || '.' || COLUMN_NAME || ' ' || DATA_TYPE"
                        + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'KOSEKI'"
                        + " AND COLUMN_NAME IN ('JOSEKI', 'DETAIL', 'BIRTH_DATE')",
                    String.class))
        .containsExactlyInAnyOrder(
            "KOJIN.JOSEKI NUMERIC",
            "JIKO.DETAIL CHARACTER LARGE OBJECT",
            "KOJIN.BIRTH_DATE TIMESTAMP");
    assertThat(
            db.jdbc()
                .queryForObject(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'MODE'",
                    String.class))
        .isEqualTo("Oracle");
  }
}
