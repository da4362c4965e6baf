package org.kofu.relay.fees;

/**
 * What an issuance is charged, decided at its {@code requestedAt} and kept with it.
 *
 * @param feePerCopyYen the fee per copy in force
 * @param operatorCode the kiosk's store operator ({@code UNKNOWN} when no prefix matched)
 * @param commissionPerCopyYen the 交付委託手数料 per copy in force for that operator
 */
public record Charge(int feePerCopyYen, String operatorCode, int commissionPerCopyYen) {}
