/**
 * What every view shares and nothing of the admin's own: the Japanese and English bundles, the
 * language switch and each UI's language, the issuance log's code labels, times and sizes.
 */
package org.kofu.admin.ui;
