/** Which certificates of a resident are pre-generated: the configured variants and the rules. */
package org.kofu.batch.eligibility;
