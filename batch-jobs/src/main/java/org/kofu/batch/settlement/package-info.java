/**
 * The daily close ({@code dailyClose}): closes each day after its service hours, sealed with the
 * issuance chain's position, and reports every later change to a closed day (audit chain, {@code
 * kofu_settlement_closed_day_changes}, the admin's 精算 view).
 */
package org.kofu.batch.settlement;
