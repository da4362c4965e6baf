/**
 * Fees, store operators and settlement (migration V15_1, {@code shared/spec/settlement.md}): the
 * dated fee schedule, the kiosk-to-operator mapping, the statements' CSV import and their
 * reconciliation with the city's own record.
 */
package org.kofu.projectdb.settlement;
