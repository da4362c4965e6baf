package org.kofu.batch.coverage;

import java.util.Map;

/**
 * One record of an existing system with the texts a certificate prints from it.
 *
 * @param system {@code madoguchi} or {@code koseki}
 * @param table the record's table
 * @param recordKey its key in the table
 * @param personKey the PersonRef key of its person, or null
 * @param registerId its 戸籍, or null
 * @param atenaNo the resident it names, or null
 * @param fields column to text, only those that are set
 */
record PrintedRecord(
    String system,
    String table,
    String recordKey,
    String personKey,
    Long registerId,
    Long atenaNo,
    Map<String, String> fields) {}
