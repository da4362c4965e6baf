/**
 * 発行ログ: search of the relay's issuance log ({@code issuance_log}), the person only by exact 住民票コード
 * with the search itself audited, and the chain check of the log.
 */
package org.kofu.admin.issuance;
