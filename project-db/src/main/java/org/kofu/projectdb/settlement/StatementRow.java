package org.kofu.projectdb.settlement;

/** What one side (a statement, or the city's record) says of a day, operator and type. */
public record StatementRow(SettlementKey key, long copies, long feeYen) {}
