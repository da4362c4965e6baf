/**
 * The fee, the store operator and the 交付委託手数料 of each request at its {@code requestedAt}, followed
 * from the project database's schedules without a restart ({@code shared/spec/settlement.md}).
 */
package org.kofu.relay.fees;
