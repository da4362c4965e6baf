/**
 * The fee schedule, the 交付委託手数料 and the store operators' kioskId prefixes (issue 26 points 3 and 4,
 * {@code shared/spec/settlement.md}): edited by an officer, each change audited, read by every
 * relay without a restart.
 */
package org.kofu.admin.fees;
